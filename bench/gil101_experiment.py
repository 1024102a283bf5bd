"""Does GIL101's claim hold on this machine? Wall time of the same work on 1 thread, 4 threads
and 4 processes.

Three tasks GIL101 flags (pure-Python loops) should not get faster with 4 threads, and should
with 4 processes (up to the number of cores). One task it does not flag (hashlib on large
buffers, which releases the GIL) should get faster with threads.

Usage: python3 bench/gil101_experiment.py [--repeat N]
Prints one line per task and executor with the median wall time of N runs, and the speed-up
against one thread.
"""

import argparse
import hashlib
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

JOBS = 8


def crunch(size):
    """Flagged: a loop of integer arithmetic."""
    total = 0
    for value in range(size):
        total += value * value
    return total


def word_counts(n):
    """Flagged: string and dict work in a loop."""
    counts = {}
    for i in range(n):
        word = "w" + str(i % 1000)
        counts[word] = counts.get(word, 0) + 1
    return len(counts)


def best_row(n):
    """Flagged: sorted() (holds the GIL) over a generator, in Python."""
    return sum(sorted(k % 7919 for k in range(n))[-10:])


def digest(megabytes):
    """Not flagged: hashlib releases the GIL on buffers over 2 KiB."""
    blob = b"x" * (megabytes * 1024 * 1024)
    for _ in range(4):
        blob = hashlib.sha256(blob).digest() * (megabytes * 1024 * 32)
    return hashlib.sha256(blob).hexdigest()


TASKS = [
    ("crunch (flagged)", crunch, 1_500_000),
    ("word_counts (flagged)", word_counts, 600_000),
    ("best_row (flagged)", best_row, 600_000),
    ("digest (not flagged)", digest, 16),
]


def run(executor_factory, function, argument):
    start = time.perf_counter()
    with executor_factory() as pool:
        list(pool.map(function, [argument] * JOBS))
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print(f"Python {sys.version.split()[0]}, GIL {'enabled' if gil else 'disabled'}, "
          f"{os.cpu_count()} CPUs, {JOBS} jobs per run, median of {args.repeat} runs")
    executors = [
        ("1 thread", lambda: ThreadPoolExecutor(max_workers=1)),
        ("4 threads", lambda: ThreadPoolExecutor(max_workers=4)),
        ("4 processes", lambda: ProcessPoolExecutor(max_workers=4)),
    ]
    for name, function, argument in TASKS:
        baseline = None
        for label, factory in executors:
            seconds = statistics.median(run(factory, function, argument)
                                        for _ in range(args.repeat))
            baseline = baseline or seconds
            print(f"{name:24} {label:12} {seconds:7.2f} s   x{baseline / seconds:4.2f}")


if __name__ == "__main__":
    main()
