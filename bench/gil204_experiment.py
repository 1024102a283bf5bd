"""GIL204 measured: a child forked while another thread holds a lock hangs on that lock.

Run: python3 bench/gil204_experiment.py   (Linux: needs the fork start method)
A background thread takes a lock over and over, as a log shipper takes the logging lock. The main
thread then starts processes that take the same lock. With `fork`, a child forked while the
thread held the lock inherits it locked, with no thread left to release it: it waits forever
(detected with a timeout and killed). With `spawn`, each child is a fresh interpreter.
"""
import multiprocessing
import sys
import threading
import time
import warnings

LOCK = threading.Lock()
TRIES = 10
TIMEOUT = 2.0


def busy():
    while True:
        with LOCK:
            time.sleep(0.001)  # the lock is held most of the time, as under load


def child():
    with LOCK:
        pass


def trial(method):
    ctx = multiprocessing.get_context(method)
    hung = 0
    for _ in range(TRIES):
        p = ctx.Process(target=child)
        p.start()
        p.join(TIMEOUT)
        if p.is_alive():
            hung += 1
            p.kill()
            p.join()
    return hung


def main():
    if "fork" not in multiprocessing.get_all_start_methods():
        print("this platform has no fork start method: nothing to show")
        return 0
    warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+ warns about exactly this
    threading.Thread(target=busy, daemon=True).start()
    time.sleep(0.05)
    start = time.perf_counter()
    fork_hung = trial("fork")
    spawn_hung = trial("spawn")
    print(f"{TRIES} children each taking a lock that a running thread takes in a loop:")
    print(f"  fork : {fork_hung}/{TRIES} children hung (killed after {TIMEOUT:.0f} s)")
    print(f"  spawn: {spawn_hung}/{TRIES} children hung")
    print(f"  ({time.perf_counter() - start:.1f} s)")
    ok = fork_hung > 0 and spawn_hung == 0
    print("as GIL204 says" if ok else "UNEXPECTED: no fork child hung (try again)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
