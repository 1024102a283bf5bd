# fix: none
# `work` reads SCALE, which the guard would hide from the workers.
from concurrent.futures import ProcessPoolExecutor


def work(x):
    return x * SCALE


pool = ProcessPoolExecutor()
SCALE = 3
print(list(pool.map(work, range(3))))
