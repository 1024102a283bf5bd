# fixture: clean
"""A process started only on a path that ends in raise is a diagnosis, not import-time work."""
from multiprocessing import Process


def diagnose():
    p = Process(target=print)
    p.start()
    p.join()


def configure(ok):
    if not ok:
        diagnose()
        raise RuntimeError("bad configuration")
    return 1


value = configure(True)
