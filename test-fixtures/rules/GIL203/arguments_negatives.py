# fixture: clean
"""Arguments whose changes the parent does not rely on, or gets back."""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Chunk:
    def __init__(self, text):
        self.text = text
        self.summary = None


def summarize(chunk):
    chunk.summary = chunk.text[:40]
    return chunk


def returned_objects(chunks):
    with ProcessPoolExecutor() as pool:
        done = list(pool.map(summarize, chunks))
    return [c.summary for c in done]


def on_threads(chunks):
    with ThreadPoolExecutor() as pool:
        list(pool.map(summarize, chunks))
    return [c.summary for c in chunks]


def never_read(chunks):
    with ProcessPoolExecutor() as pool:
        list(pool.map(summarize, chunks))
    return len(chunks)


def count(ns):
    ns.total = 3


def through_a_manager():
    with multiprocessing.Manager() as manager:
        ns = manager.Namespace()
        with ProcessPoolExecutor() as pool:
            pool.submit(count, ns).result()
        return ns.total


def read_before(chunk):
    first = chunk.summary
    with ProcessPoolExecutor() as pool:
        pool.submit(summarize, chunk).result()
    return first
