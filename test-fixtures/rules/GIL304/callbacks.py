"""Locks held while a callback runs that takes another lock: calls gilscan sees only through data.

``Job.finish`` calls the callback its constructor stored, ``Board.report``, with ``Job._lock``
held; ``Board.summary`` holds ``Board._lock`` and asks each job's status. ``Request.complete``
completes a ``concurrent.futures.Future`` with ``Request._lock`` held: ``set_result`` runs the
done-callbacks there and then, and ``Tracker.finished`` takes ``Tracker._lock``.
"""
import threading
from concurrent.futures import Future


class Job:
    def __init__(self, on_done):
        self._lock = threading.Lock()
        self._on_done = on_done
        self.state = "new"

    def finish(self):
        with self._lock:
            self.state = "done"
            self._on_done(self)

    def status(self):
        with self._lock:  # expect: GIL304 {{Takes `Job._lock` while holding `Board._lock` (taken on line 44, through `Board.summary` -> `Job.status`), and line 40 takes `Board._lock` while holding `Job._lock` (through `Job.finish` -> `Board.report`), so two threads can deadlock.}}
            return self.state


class Board:
    def __init__(self):
        self._lock = threading.Lock()
        self.jobs = []

    def add(self):
        job = Job(self.report)
        with self._lock:
            self.jobs.append(job)
        return job

    def report(self, job):
        with self._lock:  # expect: GIL304 {{Takes `Board._lock` while holding `Job._lock` (taken on line 19, through `Job.finish` -> `Board.report`), and line 24 takes `Job._lock` while holding `Board._lock` (through `Board.summary` -> `Job.status`), so two threads can deadlock.}}
            self.jobs.remove(job)

    def summary(self):
        with self._lock:
            return [j.status() for j in self.jobs]


class Request:
    def __init__(self):
        self._lock = threading.Lock()
        self.done = Future()

    def complete(self, value):
        with self._lock:
            self.done.set_result(value)

    def late(self):
        with self._lock:  # expect: GIL304 {{Takes `Request._lock` while holding `Tracker._lock` (taken on line 77, through `Tracker.expire` -> `Request.late`), and line 73 takes `Tracker._lock` while holding `Request._lock` (through `Request.complete` -> `Tracker.finished`), so two threads can deadlock.}}
            return not self.done.done()


class Tracker:
    def __init__(self):
        self._lock = threading.Lock()
        self.requests = []

    def watch(self, request):
        request.done.add_done_callback(self.finished)
        with self._lock:
            self.requests.append(request)

    def finished(self, fut):
        with self._lock:  # expect: GIL304 {{Takes `Tracker._lock` while holding `Request._lock` (taken on line 54, through `Request.complete` -> `Tracker.finished`), and line 58 takes `Request._lock` while holding `Tracker._lock` (through `Tracker.expire` -> `Request.late`), so two threads can deadlock.}}
            self.requests = [r for r in self.requests if r.done is not fut]

    def expire(self):
        with self._lock:
            return [r for r in self.requests if r.late()]
