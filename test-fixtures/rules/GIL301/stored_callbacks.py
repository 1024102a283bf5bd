"""Callables handed to an object's constructor and called by its thread later.

Each ``Poller`` thread has its own poller, but every one of them was given ``record_tick``, so
the global it updates is shared. ``Supervisor.start`` hands its own bound method to each watcher
it starts: the watchers are many, the supervisor is one. ``serve_one`` hands its callback to one
reader only, and nothing else runs it.
"""
import threading

ticks = 0


def record_tick():
    global ticks
    ticks += 1  # expect: GIL301 {{`ticks += 1` reads and writes module global `ticks` with no lock held on several threads at once: reported because `Poller.loop` is dispatched in a loop (`threading.Thread(target=poller.loop, daemon=True)` on line 30).}}


class Poller:
    def __init__(self, on_tick):
        self.on_tick = on_tick

    def loop(self):
        while True:
            self.on_tick()


def start_pollers(count):
    for _ in range(count):
        poller = Poller(record_tick)
        threading.Thread(target=poller.loop, daemon=True).start()


class Watcher(threading.Thread):
    def __init__(self, on_exit):
        super().__init__(daemon=True)
        self.on_exit = on_exit

    def run(self):
        self.on_exit()


class Supervisor:
    def __init__(self):
        self.restarts = 0

    def start(self, commands):
        for _ in commands:
            Watcher(self._restarted).start()

    def _restarted(self):
        self.restarts += 1  # expect: GIL301 {{`self.restarts += 1` reads and writes `self.restarts` of the object the threads share with no lock held on several threads at once: reported because `Watcher.run` is dispatched in a loop (`Watcher(self._restarted)` on line 48).}}


class Reader(threading.Thread):
    def __init__(self, on_line):
        super().__init__()
        self.on_line = on_line

    def run(self):
        self.on_line("x")


def serve_one():
    lines = []
    count = 0

    def on_line(line):
        nonlocal count
        count += 1
        lines.append(line)

    reader = Reader(on_line)
    reader.start()
    reader.join()
    return count


def serve_plain():
    reader = Reader(print)
    reader.start()
    reader.join()
