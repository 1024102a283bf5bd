# fixture: clean
"""Callbacks that run with no lock held, or run elsewhere."""
import asyncio
import threading
from concurrent.futures import Future, ThreadPoolExecutor


class Task:
    def __init__(self, when_done):
        self._lock = threading.Lock()
        self.finished = False
        self._when_done = when_done

    def complete(self):
        with self._lock:
            self.finished = True
        self._when_done(self)  # the callback runs after the lock is released

    def status(self):
        with self._lock:
            return self.finished


REGISTRY_LOCK = threading.Lock()
registry = []


def forget(job):
    with REGISTRY_LOCK:
        registry.remove(job)


def register():
    job = Task(forget)
    with REGISTRY_LOCK:
        registry.append(job)
    return job


def statuses():
    # Holds REGISTRY_LOCK and takes Task._lock; Task.complete has released Task._lock when it runs forget.
    with REGISTRY_LOCK:
        return [job.status() for job in registry]


class Pending:
    def __init__(self, loop):
        self._lock = threading.Lock()
        self.ready = loop.create_future()

    def complete(self, value):
        # An asyncio future schedules its callbacks on the loop instead of running them here.
        with self._lock:
            self.ready.set_result(value)

    def late(self):
        with self._lock:
            return not self.ready.done()


class Watcher:
    def __init__(self, pool: ThreadPoolExecutor):
        self._lock = threading.Lock()
        self.pool = pool
        self.seen = []

    def watch(self, pending):
        pending.ready.add_done_callback(self.finished)

    def finished(self, fut):
        with self._lock:
            self.seen.append(fut)

    def expire(self, pendings):
        with self._lock:
            return [p for p in pendings if p.late()]
