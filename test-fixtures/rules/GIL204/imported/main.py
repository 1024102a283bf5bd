"""Imports a module that starts a thread, then forks worker processes."""
import multiprocessing

from agent import heartbeat


def square(n):
    return n * n


def run():
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:  # expect: GIL204 {{`ctx.Pool(2)` forks to start a process pool with the `fork` start method while the thread `threading.Thread(target=beat, daemon=True).start()` may still run (started at `heartbeat.py:11`): the child gets a copy of every lock as it was, including locks held by threads that do not exist in the child, and can deadlock (CPython 3.12+ warns at run time). Use the spawn or forkserver start method (`multiprocessing.get_context("spawn")`), or start the processes before the threads.}}
        return pool.map(square, [1, 2, 3])


if __name__ == "__main__":
    print(run(), heartbeat.beat)
