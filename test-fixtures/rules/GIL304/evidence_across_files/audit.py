"""The audit log: while it holds its own lock it asks the registry for its size."""
import threading


class AuditLog:
    def __init__(self):
        self._lock = threading.Lock()
        self.lines = []
        self.registry = None

    def record(self, name):
        # step[registry.3]: {{takes `AuditLog._lock` while holding `Registry._lock`}}
        with self._lock:  # expect[audit]: GIL304 [audit]
            self.lines.append(name)

    def flush(self):
        # related[registry]: {{takes `AuditLog._lock` here, first}}
        # step[audit.1]: {{takes `AuditLog._lock`}}
        with self._lock:
            # related[registry]: {{`AuditLog.flush` calls `Registry.count` with `AuditLog._lock` held}}
            # step[audit.2]: {{`AuditLog.flush` calls `Registry.count` with `AuditLog._lock` held}}
            self.lines.append(str(self.registry.count()))
            self.lines.clear()


# message[audit]: {{Takes `AuditLog._lock` while holding `Registry._lock` (taken at `registry.py:14`, through `Registry.add` -> `AuditLog.record`), and `registry.py:22` takes `Registry._lock` while holding `AuditLog._lock` (through `AuditLog.flush` -> `Registry.count`): two threads on these paths can each hold one lock and wait forever for the other. Reported because code that takes a lock is meant to run on several threads. Take the two locks in one order everywhere, or release `Registry._lock` before taking `AuditLog._lock`.}}
