# fixture: clean
import threading
from concurrent.futures import ThreadPoolExecutor

total = 0
lock = threading.Lock()
results = []
seen = set()
counts = {}
local = threading.local()


def locked(n):
    global total
    with lock:
        total += n


def acquire_release(n):
    global total
    lock.acquire()
    try:
        total += n
    finally:
        lock.release()


def _bump(n):
    global total
    total += n


def helper_under_lock(n):
    with lock:
        _bump(n)


def atomic_single_operations(item):
    results.append(item)
    seen.add(item)
    counts[item] = 1


def owned(items):
    tally = {}
    n = 0
    for item in items:
        tally[item] = tally.get(item, 0) + 1
        n += 1
    return tally, n


def per_thread(n):
    local.count = getattr(local, "count", 0)
    local.count += n


def started_once(n):
    global total
    total += n


def single_worker(n):
    global total
    total += n


class Worker(threading.Thread):
    def __init__(self):
        super().__init__()
        self.done = 0

    def run(self):
        for _ in range(3):
            self.done += 1


class Service:
    def __init__(self):
        self._lock = threading.Lock()
        self.served = 0

    def handle(self, request):
        with self._lock:
            self.served += 1


def main(numbers):
    with ThreadPoolExecutor() as pool:
        list(pool.map(locked, numbers))
        list(pool.map(acquire_release, numbers))
        list(pool.map(helper_under_lock, numbers))
        list(pool.map(atomic_single_operations, numbers))
        list(pool.map(owned, numbers))
        list(pool.map(per_thread, numbers))
        pool.submit(started_once, 1)
    with ThreadPoolExecutor(max_workers=1) as serial:
        list(serial.map(single_worker, numbers))
    workers = [Worker() for _ in range(4)]
    service = Service()
    with ThreadPoolExecutor() as pool:
        list(pool.map(service.handle, numbers))
    return workers


class Base:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._value = 0


class Derived(Base):
    def release(self, n):
        # The condition is assigned in the base class: held by its name.
        with self._cond:
            self._value += n

    def start(self, numbers):
        with ThreadPoolExecutor() as pool:
            list(pool.map(self.release, numbers))
