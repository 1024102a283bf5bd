"""Classes that lock some writes of their fields are meant to be shared between threads."""
import threading


class ConnectionPool:
    def __init__(self):
        self._lock = threading.Lock()
        self.num_connections = 0
        self.num_requests = 0
        self.idle = []

    def new_connection(self):
        with self._lock:
            self.num_connections += 1
            self._track_locked()

    def _track_locked(self):
        self.num_requests += 1

    def checkout(self):
        self.num_requests += 1  # expect: GIL301 {{`self.num_requests += 1` reads and writes `self.num_requests` with no lock held, while `_track_locked` updates it under `self._lock` on line 18: reported because `ConnectionPool` guards `self.num_requests` with that lock.}}
        return self.idle.pop() if self.idle else None

    def clear(self):
        self.num_connections = 0  # expect: GIL301 {{`self.num_connections = 0` writes `self.num_connections` with no lock held, while `new_connection` updates it under `self._lock` on line 14, and this write can land inside that update: reported because `ConnectionPool` guards `self.num_connections` with that lock.}}

    def put(self, conn):
        self.idle.append(conn)


class Metrics:
    """Locks nothing: no evidence that it is shared, so nothing to report."""

    def __init__(self):
        self.hits = 0

    def hit(self):
        self.hits += 1


class PerThread(threading.local):
    def __init__(self):
        self._lock = threading.Lock()
        self.depth = 0

    def enter(self):
        with self._lock:
            self.depth += 1

    def leave(self):
        self.depth -= 1


class Cache:
    def __init__(self):
        self._lock = threading.RLock()
        self._data = {}
        self._instance = None

    def put(self, key, value):
        with self._lock:
            self._data[key] = value

    def get_or_make(self):
        if self._instance is None:
            self._instance = object()
        return self._instance

    def drop(self, key):
        self._data[key] = None



class Buffered:
    """Helpers reached only from locked code, or from __init__, rely on their callers' lock."""

    def __init__(self):
        self._lock = threading.Lock()
        self._reset()

    def _reset(self):
        self.pos = 0

    def _read_locked(self):
        self.pos += 1
        self._reset()

    def read(self):
        with self._lock:
            self._read_locked()


class Crew:
    """State set up before the threads that share it start."""

    def __init__(self):
        self.mutex = threading.Lock()
        self.done = 0

    def work(self):
        with self.mutex:
            self.done += 1

    def launch(self):
        threading.Thread(target=self.work).start()

    def run_all(self, n):
        self.done = 0
        for _ in range(n):
            self.launch()
