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
    alpha_runs += 1  # expect: GIL301 {{`alpha_runs += 1` reads and writes module global `alpha_runs` with no lock held, and other threads running `Runner.run` do the same: reported because `Runner.run` is dispatched in a loop (`Runner(bump_alpha)` on line 23). A thread can write between another's read and write, and an update is lost; free-threaded builds (3.13t, 3.14t) make this more likely, not less. Hold one lock around every update.}}


def start_alpha():
    for _ in range(3):
        Runner(bump_alpha).start()
