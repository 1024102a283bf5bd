"""Imports a module that starts a thread, then forks worker processes."""
import multiprocessing

from agent import heartbeat


def square(n):
    return n * n


def run():
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:  # expect: GIL204 {{`ctx.Pool(2)` forks to start a process pool with the `fork` start method while the thread `threading.Thread(target=beat, daemon=True).start()` may still run (started on line 11 of `agent/heartbeat.py`), so the child can deadlock on a lock that a thread held.}}
        return pool.map(square, [1, 2, 3])


if __name__ == "__main__":
    print(run(), heartbeat.beat)
