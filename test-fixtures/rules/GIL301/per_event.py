"""A threaded server: each connection is handed to the pool by a method that runs per connection."""
import threading
from concurrent.futures import ThreadPoolExecutor


class ConnectionWorker:
    def __init__(self, threads):
        self.pool = None
        self.served = 0
        self.sizes = {}
        self.lock = threading.Lock()

    def make_pool(self):
        return ThreadPoolExecutor(max_workers=4)

    def start(self):
        self.pool = self.make_pool()

    def on_readable(self, conn):
        self.enqueue(conn)

    def on_accept(self, listener):
        conn = listener.accept()
        self.enqueue(conn)

    def enqueue(self, conn):
        self.pool.submit(self.serve, conn)

    def serve(self, conn):
        self.served += 1  # expect: GIL301 {{`self.served += 1` reads and writes `self.served` of the object the threads share with no lock held on several threads at once: reported because `ConnectionWorker.serve` is dispatched by `self.pool.submit(self.serve, conn)` (`per_event.py:27`) in `ConnectionWorker.enqueue`, which is called from 2 places (first `per_event.py:20`).}}
        self.sizes[conn] = self.sizes.get(conn, 0) + 1  # expect: GIL301 {{`self.sizes[conn] = self.sizes.get(conn, 0) + 1` reads and writes `self.sizes[conn]` of the object the threads share with no lock held on several threads at once: reported because `ConnectionWorker.serve` is dispatched by `self.pool.submit(self.serve, conn)` (`per_event.py:27`) in `ConnectionWorker.enqueue`, which is called from 2 places (first `per_event.py:20`).}}
        with self.lock:
            self.served += 1


class Batch:
    """Submits once, from a script's main: not per event."""

    def __init__(self):
        self.done = 0

    def work(self):
        self.done += 1


def main():
    batch = Batch()
    with ThreadPoolExecutor() as pool:
        pool.submit(batch.work)


class Heartbeat:
    """One background thread per object, kept in an attribute: not per call."""

    def __init__(self):
        self.beats = 0
        self.thread = None

    def resume(self):
        self.thread = threading.Thread(target=self.loop)
        self.thread.start()

    def restart(self):
        self.resume()

    def again(self):
        self.resume()

    def loop(self):
        self.beats += 1


if __name__ == "__main__":
    main()
