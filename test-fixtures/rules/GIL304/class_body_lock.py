"""Locks made in the class body: one object that every instance shares.

``Ledger.reserve`` holds the class's plain lock and calls ``refresh``, which takes it again.
``Journal`` uses a class-body ``RLock``, which may be taken again.
"""
import threading


class Ledger:
    _lock = threading.Lock()

    def __init__(self):
        self.entries = {}

    def refresh(self):
        with self._lock:  # expect: GIL304 {{Takes `Ledger._lock` again while this thread holds it (taken on line 20, through `Ledger.reserve` -> `Ledger.refresh`); the lock is not re-entrant, so the thread waits for itself forever.}}
            self.entries.clear()

    def reserve(self, key, amount):
        with self._lock:
            if key not in self.entries:
                self.refresh()
            self.entries[key] = amount


class Journal:
    _guard: threading.RLock = threading.RLock()

    def flush(self):
        with self._guard:
            return True

    def write(self, line):
        with self._guard:
            self.flush()
            return line
