# fix: unsafe
from concurrent.futures import ProcessPoolExecutor


def work(x):
  return -x


with ProcessPoolExecutor() as pool:
  print(list(pool.map(work, range(4))))
