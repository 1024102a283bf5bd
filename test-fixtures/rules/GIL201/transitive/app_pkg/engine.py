# fixture: clean
from concurrent.futures import ProcessPoolExecutor


def _crunch(n):
    return n * n


def run_all(items):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_crunch, items))


def run_twice(items):
    return run_all(items) + run_all(items)
