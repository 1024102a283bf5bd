"""A method called on an object that every task gets: the method runs on all their threads.

Each ``upload`` task calls ``client.next_id()`` on the one client ``upload_all`` made, so
``Client._counter`` races. ``upload_each`` makes a client per task: nothing is shared. The
same holds for threads that keep the object in a field: ``send_all`` gives every ``Sender``
the one session, ``count_each`` gives each ``Counter`` a tally of its own.
"""
import threading
from concurrent.futures import ThreadPoolExecutor


class Client:
    def __init__(self):
        self._counter = 0

    def next_id(self):
        return self._allocate()

    def _allocate(self):
        self._counter += 1  # expect: GIL301 {{`self._counter += 1` reads and writes `self._counter` of the object the threads share with no lock held on several threads at once: reported because `upload` is dispatched in a loop (`pool.submit(upload, client, n)` on line 31).}}
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


class Session:
    def __init__(self):
        self.sent = 0

    def deliver(self, payload):
        self._count()
        return payload

    def _count(self):
        self.sent += 1  # expect: GIL301 {{`self.sent += 1` reads and writes `self.sent` of the object the threads share with no lock held on several threads at once: reported because `Sender.run` is dispatched in a loop (`Sender(session, p)` on line 71).}}


class Sender(threading.Thread):
    """Each sender thread keeps the session it was given."""

    def __init__(self, session, payload):
        super().__init__()
        self._session = session
        self._payload = payload

    def run(self):
        self._session.deliver(self._payload)


def send_all(payloads):
    session = Session()
    for p in payloads:
        Sender(session, p).start()


class Tally:
    def __init__(self):
        self.hits = 0

    def hit(self):
        self.hits += 1


class Counter(threading.Thread):
    def __init__(self, tally):
        super().__init__()
        self._tally = tally

    def run(self):
        self._tally.hit()


def count_each(n):
    for _ in range(n):
        tally = Tally()
        Counter(tally).start()
