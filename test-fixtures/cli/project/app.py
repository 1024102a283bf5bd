"""A small project with findings of both rules, one of them suppressed."""
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Process


def square(n):
    return n * n


def main(items):
    def nested(n):
        return n + 1

    with ProcessPoolExecutor() as ex:
        ex.map(nested, items)
        ex.submit(lambda: 1)


label = "π"; pool = ProcessPoolExecutor()
Process(target=square).start()  # noqa: GIL201
