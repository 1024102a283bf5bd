"""A registry that records each change in an audit log while it holds its own lock."""
import threading


class Registry:
    def __init__(self, audit):
        self._lock = threading.Lock()
        self._entries = {}
        self.audit = audit

    def add(self, name, value):
        # related[audit]: {{takes `Registry._lock` here, first}}
        # step[registry.1]: {{takes `Registry._lock`}}
        with self._lock:
            self._entries[name] = value
            # related[audit]: {{`Registry.add` calls `AuditLog.record` with `Registry._lock` held}}
            # step[registry.2]: {{`Registry.add` calls `AuditLog.record` with `Registry._lock` held}}
            self.audit.record(name)

    def count(self):
        # step[audit.3]: {{takes `Registry._lock` while holding `AuditLog._lock`}}
        with self._lock:  # expect[registry]: GIL304 [registry]
            return len(self._entries)


# message[registry]: {{Takes `Registry._lock` while holding `AuditLog._lock` (taken at `audit.py:19`, through `AuditLog.flush` -> `Registry.count`), and `audit.py:13` takes `AuditLog._lock` while holding `Registry._lock` (through `Registry.add` -> `AuditLog.record`): two threads on these paths can each hold one lock and wait forever for the other. Reported because code that takes a lock is meant to run on several threads. Take the two locks in one order everywhere, or release `AuditLog._lock` before taking `Registry._lock`.}}
