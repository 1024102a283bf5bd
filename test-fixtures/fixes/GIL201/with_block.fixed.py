# fix: unsafe
from concurrent.futures import ProcessPoolExecutor


def work(x):
  return -x


if __name__ == "__main__":
  with ProcessPoolExecutor() as pool:
    print(list(pool.map(work, range(4))))
