"""A metrics agent: a background flusher thread, then workers forked from the same process."""
import multiprocessing
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

FORK = multiprocessing.get_context("fork")


def flush_forever():
    while True:
        time.sleep(1)


def start_flusher():
    flusher = threading.Thread(target=flush_forever, daemon=True)
    flusher.start()
    return flusher


def crunch(n):
    return n * n


def serve(jobs):
    threading.Thread(target=flush_forever, daemon=True).start()
    with FORK.Pool(4) as pool:  # expect: GIL204 {{`FORK.Pool(4)` forks to start a process pool with the `fork` start method while the thread `threading.Thread(target=flush_forever, daemon=True).start()` may still run (started on line 27), so the child can deadlock on a lock that a thread held.}}
        return pool.map(crunch, jobs)


def serve_through_helper(jobs):
    start_flusher()
    worker = FORK.Process(target=crunch, args=(jobs,))
    worker.start()  # expect: GIL204 {{`worker.start()` forks to start a process with the `fork` start method while the thread `flusher.start()` may still run (started on line 18), so the child can deadlock on a lock that a thread held.}}
    worker.join()


def daemonize():
    with ThreadPoolExecutor(max_workers=2) as ex:
        ex.submit(flush_forever)
        pid = os.fork()  # expect: GIL204 {{`os.fork()` forks the process while the threads of `ThreadPoolExecutor(max_workers=2)`, whose `with` block holds this call, may still run (started on line 40), so the child can deadlock on a lock that a thread held.}}
        return pid


def fork_child():
    return os.fork()  # expect: GIL204 {{`os.fork()` forks the process while the thread `watcher.start()` may still run (started on line 52), so the child can deadlock on a lock that a thread held.}}


def main():
    watcher = threading.Thread(target=flush_forever)
    watcher.start()
    fork_child()


def from_a_thread():
    os.fork()  # expect: GIL204 {{`os.fork()` forks the process while the thread that starts this code's own thread with `threading.Thread(target=from_a_thread)` may still run (started on line 65), so the child can deadlock on a lock that a thread held.}}


if __name__ == "__main__":
    serve([1, 2])
    serve_through_helper([3])
    daemonize()
    main()
    threading.Thread(target=from_a_thread).start()
