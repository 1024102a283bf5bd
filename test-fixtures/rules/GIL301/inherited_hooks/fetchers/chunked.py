"""Chunks fetched on a pool by one shared inner fetcher, whose status listener counts them.

The listener is registered on the inner fetcher, which every pool thread drives, so it runs on
all of them at once. The base class's ``fetch`` also reaches this class's ``really_fetch`` (it
is an override), which registers the listener: that must not make the registration look like
each thread's own.
"""
import concurrent.futures

from fetchers.base import Fetcher
from fetchers.plain import PlainFetcher


class ChunkedFetcher(Fetcher):
    def _prepare(self, job):
        job["inner"] = PlainFetcher(self.options)

    def _watch(self, job):
        tally = {"chunks": 0, "last": None}

        def count_chunk(status):
            if status["state"] == "done":
                tally["chunks"] += 1  # expect: GIL301 {{`tally["chunks"] += 1` reads and writes `tally["chunks"]` of variable `tally` of `_watch`, shared by every thread that calls the closure `count_chunk`, with no lock held on several threads at once: reported because `ChunkedFetcher.fetch_chunks.each` runs on 4 pool threads through `pool.map(each, chunks)`.}}
            tally["last"] = status

        job["inner"].on_status(count_chunk)

    def _fetch_chunk(self, job, url):
        return job["inner"].fetch(url, {"url": url})

    def fetch_chunks(self, job, chunks):
        def one(chunk, job):
            self._fetch_chunk(job, chunk["url"])

        def each(chunk):
            mine = dict(job)
            one(chunk, mine)
            return chunk

        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            for _chunk in pool.map(each, chunks):
                pass

    def really_fetch(self, name, info):
        job = {}
        self._prepare(job)
        self._watch(job)
        self.fetch_chunks(job, info["chunks"])
        return True


class OwnFetcherPerChunk:
    """Each task makes its own fetcher and registers on it: nothing is shared."""

    def run(self, chunks):
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            list(pool.map(self.fetch_one, chunks))

    def fetch_one(self, chunk):
        seen = {"n": 0}

        def bump(status):
            seen["n"] += 1

        fetcher = PlainFetcher({})
        fetcher.on_status(bump)
        fetcher.fetch(chunk["url"], {})
        return seen["n"]
