"""What dominates a task decides GIL101: nested pure-Python loops outweigh one wait after them."""
import collections
import json
import queue
from concurrent.futures import ThreadPoolExecutor

results = queue.Queue()


def pair_scores(rows):
    best = 0
    for a in rows:
        for b in rows:
            best = max(best, a * b)
    results.put(best)


def tally(lines):
    counts: dict[str, int] = {}
    for line in lines:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def histogram(blobs):
    seen = collections.defaultdict(int)
    for blob in blobs:
        for key in json.loads(blob):
            seen[key] += 1
    return seen


def fetch_each(urls, session):
    # One loop of waits: the I/O dominates, threads are the right tool.
    pages = []
    for url in urls:
        pages.append(session.get(url))
    return pages


def main(batches, urls, session):
    with ThreadPoolExecutor() as pool:
        pool.map(pair_scores, batches)  # expect: GIL101 {{`pool.map(pair_scores, batches)` runs `pair_scores` on threads, but it is CPU-bound pure Python: the loop at line 12 holds the GIL, so the threads take turns.}}
        pool.map(tally, batches)  # expect: GIL101 {{`pool.map(tally, batches)` runs `tally` on threads, but it is CPU-bound pure Python: the loop at line 20 holds the GIL, so the threads take turns.}}
        pool.map(histogram, batches)  # expect: GIL101 {{`pool.map(histogram, batches)` runs `histogram` on threads, but it is CPU-bound pure Python: the loop at line 28 holds the GIL, so the threads take turns.}}
        pool.submit(fetch_each, urls, session)


if __name__ == "__main__":
    main([], [], None)


def serve(listener, handle):
    # A server loop waits in every pass; the nested loop it calls does not make it CPU-bound.
    while True:
        conn = listener.accept()
        for part in conn.parts:
            for byte in part:
                handle(byte)


def start_server(listener, handle):
    with ThreadPoolExecutor() as pool:
        pool.submit(serve, listener, handle)
