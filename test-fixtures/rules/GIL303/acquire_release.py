import threading
from threading import Lock, RLock, Semaphore

_lock = threading.Lock()
_registry = {}
guard = RLock()
slots = Semaphore(4)


def register(name, value):
    _lock.acquire()  # expect: GIL303 {{`_lock.acquire()` is undone by `_lock.release()` on line 13, outside a `finally`, so an exception in between leaves `_lock` held.}}
    _registry[name] = value.upper()
    _lock.release()


def by_value(item):
    guard.acquire()  # expect: GIL303 {{`guard.acquire()` is undone by `guard.release()` on line 19, outside a `finally`, so an exception in between leaves `guard` held.}}
    item.process()
    guard.release()


def semaphore(job):
    slots.acquire()  # expect: GIL303 {{`slots.acquire()` is undone by `slots.release()` on line 25, outside a `finally`, so an exception in between leaves `slots` held.}}
    job()
    slots.release()


class Cache:
    def __init__(self):
        self._lock = threading.Lock()
        self._data = {}
        self.mutex = threading.Condition()

    def put(self, key, value):
        self._lock.acquire()  # expect: GIL303 {{`self._lock.acquire()` is undone by `self._lock.release()` on line 37, outside a `finally`, so an exception in between leaves `self._lock` held.}}
        self._data[key] = value
        self._lock.release()

    def branches(self, key):
        self._lock.acquire()  # expect: GIL303 {{`self._lock.acquire()` is undone by `self._lock.release()` on line 43, outside a `finally`, so an exception in between leaves `self._lock` held.}}
        if key in self._data:
            value = self._data[key]
            self._lock.release()
            return value
        self._lock.release()
        return None

    def condition(self):
        self.mutex.acquire()  # expect: GIL303 {{`self.mutex.acquire()` is undone by `self.mutex.release()` on line 51, outside a `finally`, so an exception in between leaves `self.mutex` held.}}
        self.mutex.wait()
        self.mutex.release()

    def in_loop(self, keys):
        for key in keys:
            self._lock.acquire()  # expect: GIL303 {{`self._lock.acquire()` is undone by `self._lock.release()` on line 57, outside a `finally`, so an exception in between leaves `self._lock` held.}}
            self._data.pop(key)
            self._lock.release()

    def timed(self, key):
        if self._lock.acquire(timeout=1):  # expect: GIL303 {{`self._lock.acquire(timeout=1)` is undone by `self._lock.release()` on line 62, outside a `finally`, so an exception in between leaves `self._lock` held.}}
            self._data[key] = compute(key)
            self._lock.release()


def compute(key):
    return key
