"""A daemon that forks first and starts its threads after, run by module code.

``main`` is called at import (no ``__main__`` guard): its thread starts after the fork, in the
child, so nothing runs at that fork. When ``relaunch`` forks later, at import too, the threads of
``main`` and ``warm_up`` are running.
"""
# fixture: target-version py312
import os
import threading
import time


def serve():
    while True:
        time.sleep(1)


def main():
    if os.fork():
        os._exit(0)
    worker = threading.Thread(target=serve, daemon=True)
    worker.start()


def warm_up():
    threading.Thread(target=serve, daemon=True).start()


def relaunch():
    return os.fork()  # expect: GIL204 {{`os.fork()` forks the process while the thread `worker.start()` may still run (started on line 22), so the child can deadlock on a lock that a thread held.}}


main()
warm_up()
relaunch()
