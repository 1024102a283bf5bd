"""A plain lock taken again by the thread that holds it, and the re-entrant forms that are fine."""
import threading

_registry_lock = threading.Lock()
_registry = {}


def register(name, factory):
    with _registry_lock:
        if name in _registry:
            raise KeyError(name)
        _registry[name] = factory
        _refresh_aliases()


def _refresh_aliases():
    with _registry_lock:  # expect: GIL304 {{Takes `self_deadlock._registry_lock` again while this thread holds it (taken on line 9, through `register` -> `_refresh_aliases`); the lock is not re-entrant, so the thread waits for itself forever.}}
        for name in list(_registry):
            _registry[name.lower()] = _registry[name]


class Cache:
    def __init__(self):
        self._lock = threading.Lock()
        self._ready = threading.Condition(self._lock)
        self._data = {}

    def put(self, key, value):
        with self._lock:
            self._data[key] = value
            with self._ready:  # expect: GIL304 {{Takes `Cache._lock` (as `self._ready`, a `Condition` over it) again while this thread holds it (taken on line 29); the lock is not re-entrant, so the thread waits for itself forever.}}
                self._ready.notify_all()

    def evict(self, key):
        with self._lock:
            self._data.pop(key, None)

    def merge(self, other):
        # Another Cache's lock: a different object, not a self-deadlock.
        with self._lock:
            for key in list(other._data):
                other.evict(key)


class Tree:
    def __init__(self):
        self._lock = threading.RLock()
        self.children = []

    def add(self, child):
        with self._lock:
            self.children.append(child)
            self.size()

    def size(self):
        with self._lock:
            return len(self.children)
