"""Each thread holds its own object's lock: that keeps no other thread out of a module global."""
import threading

total = 0
shared_total = 0
TOTAL_LOCK = threading.Lock()


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self._lock = threading.Lock()
        self.n = n

    def run(self):
        global total, shared_total
        with self._lock:
            total += self.n  # expect: GIL301 {{`total += self.n` reads and writes module global `total` holding only `self._lock`, a lock of each thread's own object, on several threads at once: reported because `Worker.run` is dispatched in a loop (`Worker(n)` on line 24).}}
        with TOTAL_LOCK:
            shared_total += self.n


def start_all(sizes):
    workers = [Worker(n) for n in sizes]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
