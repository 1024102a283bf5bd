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
    with multiprocessing.Pool(4) as pool:  # expect: GIL204 {{`multiprocessing.Pool(4)` forks to start a process pool with the default start method (`fork` on Linux before Python 3.14) while the thread `listener.start()` may still run (started on line 17), so the child can deadlock on a lock that a thread held.}}
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
    child = os.fork()  # expect: GIL204 {{`os.fork()` forks the process while the threads of `multiprocessing.Pool(2)` may still run (started on line 31), so the child can deadlock on a lock that a thread held.}}
    pool.close()
    pool.join()
    return child


def rotate_after_close(rows):
    pool = multiprocessing.Pool(2)
    pool.map(len, rows)
    pool.terminate()
    return os.fork()
