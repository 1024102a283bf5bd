# fixture: clean
"""Forks that no running thread can spoil, and process starts that do not fork."""
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def work():
    return 1


def joined_first():
    t = threading.Thread(target=work)
    t.start()
    t.join()
    return os.fork()


def fork_then_thread():
    pid = os.fork()
    threading.Thread(target=work).start()
    return pid


def spawn_pool():
    threading.Thread(target=work, daemon=True).start()
    with ProcessPoolExecutor(mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(abs, [1, -2]))


def default_pool_on_314():
    # Checked for Python 3.14 (the default target), where Linux's default is forkserver.
    threading.Thread(target=work, daemon=True).start()
    with multiprocessing.Pool(2) as pool:
        return pool.map(abs, [1])


def pool_closed_first():
    with ThreadPoolExecutor() as ex:
        ex.submit(work)
    return os.fork()


def shut_down_first():
    ex = ThreadPoolExecutor()
    ex.submit(work)
    ex.shutdown()
    return os.fork()


def pool_not_used_yet(jobs):
    # A thread pool starts its threads on the first submit: none runs at this fork.
    fallback = ThreadPoolExecutor(max_workers=1)
    pid = os.fork()
    fallback.submit(work)
    return pid
