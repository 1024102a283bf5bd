"""Lock orders that look inverted but cannot deadlock."""
import threading

# fixture: clean

A_LOCK = threading.Lock()
B_LOCK = threading.Lock()
GATE = threading.Lock()
STATS_LOCK = threading.Lock()
stats = {}


def forward():
    # Both paths hold GATE first: only one of them runs at a time.
    with GATE:
        with A_LOCK:
            with B_LOCK:
                stats["forward"] = 1


def backward():
    with GATE:
        with B_LOCK:
            with A_LOCK:
                stats["backward"] = 1


def try_both():
    with STATS_LOCK:
        # A non-blocking attempt gives up instead of waiting.
        if A_LOCK.acquire(blocking=False):
            try:
                stats["try"] = 1
            finally:
                A_LOCK.release()


def timed():
    with A_LOCK:
        if STATS_LOCK.acquire(timeout=0.5):
            try:
                stats["timed"] = 1
            finally:
                STATS_LOCK.release()


def released_first():
    A_LOCK.acquire()
    stats["a"] = 1
    A_LOCK.release()
    with B_LOCK:
        stats["b"] = 1


def local_locks(items):
    # Locks made per call are not shared with anyone.
    first = threading.Lock()
    second = threading.Lock()
    with first:
        with second:
            items.append(1)
    with second:
        with first:
            items.append(2)


class Pipeline:
    def __init__(self):
        self._in = threading.Lock()
        self._out = threading.Lock()
        # __init__ runs before the object is shared.
        with self._out:
            with self._in:
                self.ready = True

    def push(self, item):
        with self._in:
            with self._out:
                self.last = item


# Module code runs once, at import.
with B_LOCK:
    with A_LOCK:
        stats["import"] = 1
