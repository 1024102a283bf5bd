"""GIL304 measured: two threads taking two locks in opposite orders deadlock; one order does not.

Run: python3 bench/gil304_experiment.py
Each scenario runs in a daemon thread pair with a timeout; a pair that is still alive after the
timeout is deadlocked (nothing raises, the threads just wait).
"""
import threading
import time

ROUNDS = 20000
TIMEOUT = 3.0


def run(first_order, second_order):
    a, b = threading.Lock(), threading.Lock()
    locks = {"a": a, "b": b}
    done = [0, 0]

    def worker(i, order):
        outer, inner = locks[order[0]], locks[order[1]]
        for _ in range(ROUNDS):
            with outer:
                time.sleep(0)  # let the other thread run, as any I/O under the lock would
                with inner:
                    done[i] += 1

    threads = [threading.Thread(target=worker, args=(0, first_order), daemon=True),
               threading.Thread(target=worker, args=(1, second_order), daemon=True)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT)
    elapsed = time.perf_counter() - start
    hung = any(t.is_alive() for t in threads)
    return hung, elapsed, done


def main():
    hung, elapsed, done = run("ab", "ba")
    print(f"opposite orders (a->b, b->a): {'DEADLOCKED' if hung else 'finished'} after"
          f" {elapsed:.2f}s, rounds done {done[0]}+{done[1]} of {2 * ROUNDS}")
    hung, elapsed, done = run("ab", "ab")
    print(f"one order (a->b, a->b):       {'DEADLOCKED' if hung else 'finished'} after"
          f" {elapsed:.2f}s, rounds done {done[0]}+{done[1]} of {2 * ROUNDS}")
    lock = threading.Lock()
    lock.acquire()
    again = lock.acquire(timeout=1.0)
    print(f"plain Lock taken again by its holder: acquired={again} after a 1.0s timeout"
          " (without the timeout: waits forever)")
    rlock = threading.RLock()
    rlock.acquire()
    print(f"RLock taken again by its holder: acquired={rlock.acquire(timeout=1.0)}")


if __name__ == "__main__":
    main()
