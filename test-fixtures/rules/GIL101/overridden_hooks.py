"""A thread's loop calls a hook on self: what runs is the override of the class started.

``Poller`` waits on its queue in ``poll_once``, so its loop mostly waits. ``Hasher`` overrides
the hook with pure-Python work, and its threads take turns. ``Plugin.handle`` is a hook no class
of the project fills in: gilscan cannot tell what it does.
"""
import queue
import threading


class Loop(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.stopped = threading.Event()

    def poll_once(self):
        """Subclasses wait for work here and handle it."""

    def run(self):
        while not self.stopped.is_set():
            self.poll_once()


class Poller(Loop):
    def __init__(self):
        super().__init__()
        self.jobs = queue.Queue()

    def poll_once(self):
        self.jobs.get(timeout=1.0)


class Hasher(threading.Thread):
    def __init__(self, words):
        super().__init__()
        self.words = words

    def mix(self, word):
        raise NotImplementedError

    def run(self):
        total = 0
        for word in self.words:
            total ^= self.mix(word)


class XorHasher(Hasher):
    def mix(self, word):
        value = 0
        for ch in word:
            value = (value * 31 + ord(ch)) & 0xFFFFFFFF
        return value


class Plugin(threading.Thread):
    def handle(self, item):
        pass

    def run(self):
        for item in range(1000):
            self.handle(item)


def start_all(words):
    for _ in range(4):
        Poller().start()
    for _ in range(4):
        XorHasher(words).start()  # expect: GIL101 {{`XorHasher(words)` runs `Hasher.run` on threads, but it is CPU-bound pure Python: the loop at line 43 holds the GIL, so the threads take turns.}}
    for _ in range(2):
        Plugin().start()
