"""Callbacks handed down to code that runs on pool threads."""
import functools
from concurrent.futures import ThreadPoolExecutor

finished = 0
received = 0
failures = {}
pool = ThreadPoolExecutor(max_workers=8)


def download(url, on_done):
    data = url.encode()
    on_done(url)
    return data


def count_finished(url):
    global finished
    finished += 1  # expect: GIL301 {{`finished += 1` reads and writes module global `finished` with no lock held on several threads at once: reported because `download` is dispatched in a loop (`pool.submit(download, url, count_finished)` on line 24).}}


def fetch_all(urls):
    for url in urls:
        pool.submit(download, url, count_finished)


class Fetcher:
    def __init__(self):
        self._hooks = []

    def add_hook(self, hook):
        self._hooks.append(hook)

    def _report(self, status):
        for hook in list(self._hooks):
            hook(status)

    def fetch(self, part):
        self._report({"part": part, "bytes": 10})

    def fetch_parts(self, parts):
        with ThreadPoolExecutor(max_workers=4) as parts_pool:
            for part in parts:
                parts_pool.submit(self.fetch, part)


def on_progress(status):
    global received
    received += status["bytes"]  # expect: GIL301 {{`received += status["bytes"]` reads and writes module global `received` with no lock held on several threads at once: reported because `Fetcher.fetch` is dispatched in a loop (`parts_pool.submit(self.fetch, part)` on line 44).}}


def on_failure(kind, future):
    failures[kind] = failures.get(kind, 0) + 1  # expect: GIL301 {{`failures[kind] = failures.get(kind, 0) + 1` reads and writes `failures[kind]` of module global `failures` with no lock held on several threads at once: reported because `on_failure` is dispatched in a loop (`future.add_done_callback(functools.partial(on_failure, "job"))` on line 65).}}


def run(parts):
    fetcher = Fetcher()
    fetcher.add_hook(on_progress)
    fetcher.fetch_parts(parts)


def watch(jobs):
    for job in jobs:
        future = pool.submit(job)
        future.add_done_callback(functools.partial(on_failure, "job"))


def sorted_once(items):
    # A key function runs on the caller's thread: not a thread entry.
    return sorted(items, key=count_finished)
