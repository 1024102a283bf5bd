"""Check-then-act on a field that the class otherwise writes under its lock."""
import threading


class Registry:
    def __init__(self):
        self._lock = threading.Lock()
        self._entries = {}
        self._default = None

    def register(self, name, value):
        with self._lock:
            self._entries[name] = value

    def lookup(self, name, make):
        if name not in self._entries:  # expect: GIL302 {{`name not in self._entries` checks `self._entries[name]` and line 17 acts on the answer with no lock held, while `register` writes `self._entries` under `self._lock` on line 13: reported because `Registry` guards it with that lock.}}
            self._entries[name] = make()
        return self._entries[name]

    def default(self):
        # `_default` is never written under the lock: no evidence that it is shared.
        if self._default is None:
            self._default = object()
        return self._default

    def lookup_locked(self, name, make):
        with self._lock:
            if name not in self._entries:
                self._entries[name] = make()
            return self._entries[name]
