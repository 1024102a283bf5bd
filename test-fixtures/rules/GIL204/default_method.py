# fixture: target-version py312
"""Checked for Python 3.12, where a pool or process with no start method of its own forks on Linux."""
import logging
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def ship_logs():
    logging.getLogger("shipper").info("shipping")


def resize(path):
    return path.upper()


class Indexer:
    def __init__(self):
        self.shipper = threading.Thread(target=ship_logs, daemon=True)

    def start(self):
        self.shipper.start()

    def index(self, paths):
        self.shipper.start()
        with ProcessPoolExecutor() as pool:  # expect: GIL204 {{`ProcessPoolExecutor()` forks to start a process pool with the default start method (`fork` on Linux before Python 3.14) while the thread `self.shipper.start()` may still run (started on line 25), so the child can deadlock on a lock that a thread held.}}
            return list(pool.map(resize, paths))

    def spawned(self, paths):
        self.shipper.start()
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(2) as pool:
            return pool.map(resize, paths)
