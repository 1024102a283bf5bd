"""A Process subclass that keeps its result on self, read by the parent after join()."""
import multiprocessing


class Downloader(multiprocessing.Process):
    def __init__(self, url):
        super().__init__()
        self.url = url
        self.size = 0
        self.done = multiprocessing.Event()
        self.status = multiprocessing.Value("i", 0)

    def run(self):
        body = self.url * 3
        self.size = len(body)  # expect: GIL203 {{`self.size = len(body)` writes `self.size` of its copy of the `Downloader` object in a worker process (`Downloader.run` via `Downloader`, a `multiprocessing.Process`, on line 24); `fetch` reads `d.size` on line 27 and never sees the write.}}
        self._finish()

    def _finish(self):
        self.done.set()
        self.status.value = 1


def fetch(url):
    d = Downloader(url)
    d.start()
    d.join()
    return d.size, d.status.value


if __name__ == "__main__":
    print(fetch("http://example.invalid/"))
