# fixture: clean
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process


def square(n):
    return n * n


def main():
    with ProcessPoolExecutor() as pool:
        return list(pool.map(square, range(3)))


if __name__ == "__main__":
    main()
    Pool(2).map(square, range(3))

if "__main__" == __name__:
    Process(target=square, args=(1,)).start()

if __name__ != "__main__":
    pass
else:
    main()

if __name__ == "__main__" and True:
    main()
