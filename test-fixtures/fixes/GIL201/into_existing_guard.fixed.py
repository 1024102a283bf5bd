# fix: unsafe
# The module has its own guard below the script code: the code moves into it.
from concurrent.futures import ProcessPoolExecutor


def work(x):
    return -x


if __name__ == "__main__":  # run as a script
  pool = ProcessPoolExecutor()
  results = list(pool.map(work, range(4)))

  print(results)
