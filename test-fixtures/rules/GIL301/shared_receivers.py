"""A method called on an object that every task gets: the method runs on all their threads.

Each ``upload`` task calls ``client.next_id()`` on the one client ``upload_all`` made, so
``Client._counter`` races. ``upload_each`` makes a client per task: nothing is shared.
"""
import threading
from concurrent.futures import ThreadPoolExecutor


class Client:
    def __init__(self):
        self._counter = 0

    def next_id(self):
        return self._allocate()

    def _allocate(self):
        self._counter += 1  # expect: GIL301 {{`self._counter += 1` reads and writes `self._counter` of the object the threads share with no lock held, and other threads running `upload` do the same: reported because `upload` is dispatched in a loop (`pool.submit(upload, client, n)` on line 29). A thread can write between another's read and write, and an update is lost; free-threaded builds (3.13t, 3.14t) make this more likely, not less. Hold one lock around every update.}}
        return self._counter


def upload(client, name):
    return client.next_id(), name


def upload_all(names):
    client = Client()
    with ThreadPoolExecutor(4) as pool:
        return [pool.submit(upload, client, n) for n in names]


def upload_fresh(name):
    client = Client()
    return client.next_id(), name


def upload_each(names):
    for n in names:
        threading.Thread(target=upload_fresh, args=(n,)).start()
