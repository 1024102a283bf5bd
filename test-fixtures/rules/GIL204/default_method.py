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
        with ProcessPoolExecutor() as pool:  # expect: GIL204 {{`ProcessPoolExecutor()` forks to start a process pool with the default start method (`fork` on Linux before Python 3.14) while the thread `self.shipper.start()` may still run (started on line 25): the child gets a copy of every lock as it was, including locks held by threads that do not exist in the child, and can deadlock (CPython 3.12+ warns at run time). Use the spawn or forkserver start method (`multiprocessing.get_context("spawn")`), or start the processes before the threads.}}
            return list(pool.map(resize, paths))

    def spawned(self, paths):
        self.shipper.start()
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(2) as pool:
            return pool.map(resize, paths)
