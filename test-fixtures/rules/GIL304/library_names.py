"""Calls on objects of unknown type by names the standard library uses everywhere.

``Publisher.bind`` holds the class lock and calls ``self.sock.bind``: a socket's method, not
``Publisher.bind`` again. ``Starter.start`` starts whatever it is given (a thread, a process),
not ``Starter.start``.
"""
# fixture: clean
import threading


class Publisher:
    _lock = threading.Lock()

    def __init__(self, sock):
        self.sock = sock

    def bind(self, port):
        with self._lock:
            self.sock.bind(("127.0.0.1", port))


class Starter:
    _guard = threading.Lock()

    def start(self, workers):
        with self._guard:
            for w in workers:
                w.start()
