"""Closures handed to objects: shared by the threads that call them, unless each thread has its own."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Transfer:
    def __init__(self):
        self._hooks = []

    def add_hook(self, hook):
        self._hooks.append(hook)

    def _notify(self, size):
        for hook in self._hooks:
            hook(size)

    def copy_chunk(self, chunk):
        self._notify(len(chunk))

    def copy_all(self, chunks):
        with ThreadPoolExecutor(max_workers=4) as pool:
            for chunk in chunks:
                pool.submit(self.copy_chunk, chunk)


def transfer(chunks):
    progress = {"done": 0}

    def on_chunk(size):
        progress["done"] += size  # expect: GIL301 {{`progress["done"] += size` reads and writes `progress["done"]` of variable `progress` of `transfer`, shared by every thread that calls the closure `on_chunk`, with no lock held on several threads at once: reported because `Transfer.copy_chunk` is dispatched in a loop (`pool.submit(self.copy_chunk, chunk)` on line 23).}}

    job = Transfer()
    job.add_hook(on_chunk)
    job.copy_all(chunks)
    return progress["done"]


class ServerThread(threading.Thread):
    def __init__(self, handler):
        super().__init__()
        self.handler = handler

    def run(self):
        self.handler(self)


def serve_once():
    # One thread per handler: the closure's variable is not shared.
    received = b""

    def handler(conn):
        nonlocal received
        received += b"x"

    server = ServerThread(handler)
    server.start()
    server.join()
    return received


def serve_again():
    server = ServerThread(print)
    server.start()
    server.join()
