"""A class whose constructor starts a thread on one of its own methods.

The sampler thread runs ``_loop`` for as long as the object lives; ``restart`` is called by
whoever holds the sampler, on another thread. ``Clock`` does the same under its lock, and
``Drain`` touches a field only the thread writes.
"""
import threading
import time


class Sampler:
    def __init__(self):
        self.samples = 0
        self._worker = threading.Thread(target=self._loop, daemon=True)
        self._worker.start()

    def _loop(self):
        while True:
            time.sleep(0.1)
            self.samples += 1  # expect: GIL301 {{`self.samples += 1` reads and writes `self.samples` of the object the threads share with no lock held while `restart` updates it: reported because `Sampler._loop` runs on a thread started on line 15 for as long as the object lives, while its method `restart`, which other threads may call, updates it on line 23.}}

    def restart(self):
        self.samples = 0


class Clock:
    def __init__(self):
        self.ticks = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while True:
            time.sleep(1)
            with self._lock:
                self.ticks += 1

    def reset(self):
        with self._lock:
            self.ticks = 0


class Drain:
    def __init__(self):
        self.drained = 0
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while True:
            time.sleep(1)
            self.drained += 1

    def report(self):
        return self.drained
