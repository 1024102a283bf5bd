# fix: unsafe
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    pool = ProcessPoolExecutor()
    # one task a number
    print(list(pool.map(abs, range(4))))


def helper():
    return 1
