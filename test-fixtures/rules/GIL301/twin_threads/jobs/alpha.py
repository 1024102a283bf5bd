"""A thread class whose text is the same as the one in beta.py, line for line."""
import threading

alpha_runs = 0


class Runner(threading.Thread):
    def __init__(self, cb):
        super().__init__()
        self.cb = cb

    def run(self):
        self.cb()


def bump_alpha():
    global alpha_runs
    alpha_runs += 1  # expect: GIL301 {{`alpha_runs += 1` reads and writes module global `alpha_runs` with no lock held on several threads at once: reported because `Runner.run` is dispatched in a loop (`Runner(bump_alpha)` on line 23).}}


def start_alpha():
    for _ in range(3):
        Runner(bump_alpha).start()
