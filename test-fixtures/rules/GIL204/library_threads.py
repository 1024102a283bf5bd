"""Threads the standard library starts: a QueueListener's, and a process pool's own.

``export`` starts a log listener thread and then a fork-method pool; ``export_quietly`` stops the
listener first. ``rotate`` forks while an earlier ``multiprocessing.Pool`` is still open (its
handler threads run from the start); ``rotate_after_close`` terminates it first.
"""
# fixture: target-version py312
import logging
import logging.handlers
import multiprocessing
import os
import queue


def export(rows):
    listener = logging.handlers.QueueListener(queue.Queue(), logging.StreamHandler())
    listener.start()
    with multiprocessing.Pool(4) as pool:  # expect: GIL204 {{`multiprocessing.Pool(4)` forks to start a process pool with the default start method (`fork` on Linux before Python 3.14) while the thread `listener.start()` may still run (started on line 17): the child gets a copy of every lock as it was, including locks held by threads that do not exist in the child, and can deadlock (CPython 3.12+ warns at run time). Use the spawn or forkserver start method (`multiprocessing.get_context("spawn")`), or start the processes before the threads.}}
        return pool.map(len, rows)


def export_quietly(rows):
    listener = logging.handlers.QueueListener(queue.Queue(), logging.StreamHandler())
    listener.start()
    listener.stop()
    with multiprocessing.Pool(4) as pool:
        return pool.map(len, rows)


def rotate(rows):
    pool = multiprocessing.Pool(2)
    pool.map(len, rows)
    child = os.fork()  # expect: GIL204 {{`os.fork()` forks the process while the threads of `multiprocessing.Pool(2)` may still run (started on line 31): the child gets a copy of every lock as it was, including locks held by threads that do not exist in the child, and can deadlock (CPython 3.12+ warns at run time). Fork before starting threads, or start a new program instead (`subprocess`, or multiprocessing with the spawn or forkserver start method).}}
    pool.close()
    pool.join()
    return child


def rotate_after_close(rows):
    pool = multiprocessing.Pool(2)
    pool.map(len, rows)
    pool.terminate()
    return os.fork()
