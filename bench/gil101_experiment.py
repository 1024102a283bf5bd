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
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from gil101_tasks import best_row, crunch, digest, word_counts

JOBS = 8


TASKS = [
    ("crunch (flagged)", crunch, 6_000_000),
    ("word_counts (flagged)", word_counts, 2_400_000),
    ("best_row (flagged)", best_row, 2_400_000),
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
        run(executors[0][1], function, argument)  # warm-up: caches, CPU frequency
        baseline = None
        for label, factory in executors:
            seconds = statistics.median(run(factory, function, argument)
                                        for _ in range(args.repeat))
            baseline = baseline or seconds
            print(f"{name:24} {label:12} {seconds:7.2f} s   x{baseline / seconds:4.2f}")


if __name__ == "__main__":
    main()
