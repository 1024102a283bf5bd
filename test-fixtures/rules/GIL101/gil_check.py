# fixture: clean
import sys
from concurrent.futures import ThreadPoolExecutor


def crunch(size):
    return sum(i * i for i in range(size))


def pool_for_this_build():
    if getattr(sys, "_is_gil_enabled", lambda: True)():
        return None
    return ThreadPoolExecutor()


def main(sizes):
    with ThreadPoolExecutor() as pool:
        pool.map(crunch, sizes)
