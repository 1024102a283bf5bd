# A small program with the mistakes gilscan is built to find; `./gilscan ast` prints its tree.
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

counter = 0


def crunch(size: int) -> int:
    total = 0
    for value in range(size):
        total += value * value
    return total


def bump() -> None:
    global counter
    counter += 1


with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(crunch, [20_000] * 4)))

pool = ProcessPoolExecutor()
print(list(pool.map(lambda n: n * n, range(4))))
