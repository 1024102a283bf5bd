# fixture: clean
"""A library module: it only defines functions that start pools."""
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def run_all(items):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(len, items))


def run_pool(items):
    with Pool() as pool:
        return pool.map(len, items)


class Runner:
    def start(self):
        return run_all([])
