"""A thread class whose text is the same as the one in alpha.py, line for line."""
import threading

beta_runs = 0


class Runner(threading.Thread):
    def __init__(self, cb):
        super().__init__()
        self.cb = cb

    def run(self):
        self.cb()


def bump_beta():
    global beta_runs
    beta_runs += 1  # expect: GIL301 {{`beta_runs += 1` reads and writes module global `beta_runs` with no lock held on several threads at once: reported because `Runner.run` is dispatched in a loop (`Runner(bump_beta)` on line 23).}}


def start_beta():
    for _ in range(2):
        Runner(bump_beta).start()
