# A call on an object gilscan cannot type (`jobs["fetcher"].fetch(url)`) reaches the project's
# method of that name when at most two classes define it and the arguments fit.
from concurrent.futures import ThreadPoolExecutor

FETCHED = 0
LOADS = 0


class Fetcher:
    def fetch(self, url):
        global FETCHED
        FETCHED += 1  # expect: GIL301 {{`FETCHED += 1` reads and writes module global `FETCHED` with no lock held on several threads at once: reported because `work` is dispatched in a loop (`pool.submit(work, jobs, url)` on line 53).}}
        return url


class Application:
    def handler(self):
        # Called once, in Worker.setup; `self.handler(request)` below is the attribute.
        global LOADS
        LOADS += 1
        return print


class Archive:
    def store(self, item):
        global LOADS
        LOADS += 1


def work(jobs, url):
    jobs["fetcher"].fetch(url)


def archive(jobs, a, b):
    # Two arguments: `Archive.store` takes one, so this is some other object's `store`.
    jobs["archive"].store(a, b)


class Worker:
    def setup(self, app):
        self.handler = app.handler()

    def serve(self, request):
        self.handler(request)


def main(urls, app):
    jobs = {"fetcher": Fetcher(), "archive": object()}
    worker = Worker()
    worker.setup(app)
    with ThreadPoolExecutor() as pool:
        for url in urls:
            pool.submit(work, jobs, url)
            pool.submit(archive, jobs, url, url)
            pool.submit(worker.serve, url)
