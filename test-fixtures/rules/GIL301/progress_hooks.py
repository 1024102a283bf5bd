# A progress hook registered once, before the pool starts, on a downloader that every fragment
# thread then drives: the hook runs on all of them at once, and its counter races.
from concurrent.futures import ThreadPoolExecutor


class Downloader:
    def __init__(self):
        self._hooks = []

    def add_hook(self, hook):
        self._hooks.append(hook)

    def _report(self, status):
        for hook in self._hooks:
            hook(status)

    def download(self, name, info):
        return self.real_download(name, info)

    def real_download(self, name, info):
        raise NotImplementedError


class HttpDownloader(Downloader):
    def real_download(self, name, info):
        def read_chunks():
            self._report({"status": "finished", "name": name})

        read_chunks()
        return True


class FragmentDownloader(Downloader):
    def _start(self, ctx):
        state = {"index": 0}

        def progress(status):
            if status["status"] == "finished":
                state["index"] += 1  # expect: GIL301 {{`state["index"] += 1` reads and writes `state["index"]` of variable `state` of `_start`, shared by every thread that calls the closure `progress`, with no lock held on several threads at once: reported because `FragmentDownloader.run.one` runs on 4 pool threads through `pool.map(one, urls)`.}}

        ctx["dl"].add_hook(progress)

    def _fetch(self, ctx, url):
        return ctx["dl"].download(url, {})

    def run(self, ctx, urls):
        ctx["dl"] = HttpDownloader()
        self._start(ctx)

        def one(url):
            copy = ctx.copy()
            return self._fetch(copy, url)

        with ThreadPoolExecutor(4) as pool:
            return list(pool.map(one, urls))


class Job:
    """Each thread builds its own downloader and hook: nothing is shared."""

    def fetch(self, url):
        seen = {"n": 0}

        def count(status):
            seen["n"] += 1

        dl = HttpDownloader()
        dl.add_hook(count)
        return dl.download(url, {})

    def run(self, urls):
        with ThreadPoolExecutor(4) as pool:
            return list(pool.map(self.fetch, urls))
