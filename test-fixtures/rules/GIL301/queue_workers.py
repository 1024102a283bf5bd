"""Work handed to worker threads through a queue runs on those threads.

``submit`` puts a callable on a queue; the workers take it off and call it. With several workers
draining one queue, the callable runs on several threads at once. With one worker it runs on one
thread only, and its own updates do not race each other.
"""
import collections
import queue
import threading

uploaded = 0
archived = 0


class WorkerPool:
    def __init__(self, workers):
        self._tasks = queue.Queue()
        for _ in range(workers):
            threading.Thread(target=self._work, daemon=True).start()

    def _work(self):
        while True:
            task, args = self._tasks.get()
            task(*args)
            self._tasks.task_done()

    def submit(self, task, *args):
        self._tasks.put((task, args))


def upload(size):
    global uploaded
    uploaded += size  # expect: GIL301 {{`uploaded += size` reads and writes module global `uploaded` with no lock held on several threads at once: reported because `WorkerPool._work` is dispatched in a loop (`threading.Thread(target=self._work, daemon=True)` on line 19).}}


class SingleWorker:
    def __init__(self):
        self._pending = collections.deque()
        self._wake = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while self._wake.wait():
            self._wake.clear()
            while self._pending:
                job = self._pending.popleft()
                job()

    def later(self, job):
        self._pending.append(job)
        self._wake.set()


def archive():
    global archived
    archived += 1


def main(sizes):
    pool = WorkerPool(4)
    for size in sizes:
        pool.submit(upload, size)
    one = SingleWorker()
    for _ in sizes:
        one.later(archive)
