"""The tasks of bench/gil101_experiment.py, and the thread-pool use GIL101 judges.

`./gilscan check bench/gil101_tasks.py` reports the three CPU-bound tasks dispatched in
`on_threads` and not `digest`, which releases the GIL.
"""

import hashlib
from concurrent.futures import ThreadPoolExecutor


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


def on_threads(sizes, megabytes):
    """What the experiment measures, written so that gilscan can see which task each call runs."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(crunch, sizes))
        list(pool.map(word_counts, sizes))
        list(pool.map(best_row, sizes))
        list(pool.map(digest, megabytes))
