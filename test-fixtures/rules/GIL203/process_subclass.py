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
        self.size = len(body)  # expect: GIL203 {{`self.size = len(body)` writes `self.size` of the `Downloader` process in a worker process (`Downloader.run` runs there through `Downloader`, a `multiprocessing.Process`, on line 24), and `fetch` reads `d.size` on line 27 after the work. Each worker process writes its own copy, so the parent never sees this change. Return the value from the task, or share it through a `multiprocessing.Manager`, `Queue`, `Value` or shared memory.}}
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
