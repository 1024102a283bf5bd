import threading
from concurrent.futures import ThreadPoolExecutor

total = 0
hits = {}
stats = {"done": 0}


def add(n):
    global total
    total += n  # expect: GIL301 {{`total += n` reads and writes module global `total` with no lock held on several threads at once: reported because `add` runs on 8 pool threads through `pool.map(add, numbers)`.}}


def rebind(n):
    global total
    total = total + n  # expect: GIL301 {{`total = total + n` reads and writes module global `total` with no lock held on several threads at once: reported because `rebind` is dispatched in a loop (`pool.submit(rebind, n)` on line 29).}}


def count(word):
    hits[word] = hits.get(word, 0) + 1  # expect: GIL301 {{`hits[word] = hits.get(word, 0) + 1` reads and writes `hits[word]` of module global `hits` with no lock held on several threads at once: reported because `count` runs on 8 pool threads through `pool.map(count, words)`.}}
    stats["done"] += 1  # expect: GIL301 {{`stats["done"] += 1` reads and writes `stats["done"]` of module global `stats` with no lock held on several threads at once: reported because `count` runs on 8 pool threads through `pool.map(count, words)`.}}


def run(numbers, words):
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(add, numbers))
        list(pool.map(count, words))
        for n in numbers:
            pool.submit(rebind, n)


def closure(urls):
    done = 0
    sizes = {}

    def fetch(url):
        nonlocal done
        done += 1  # expect: GIL301 {{`done += 1` reads and writes variable `done` of the enclosing function `closure` with no lock held on several threads at once: reported because `closure.fetch` is dispatched in a loop (`threading.Thread(target=fetch, args=(u,))` on line 41).}}
        sizes[url] = sizes.get(url, 0) + len(url)  # expect: GIL301 {{`sizes[url] = sizes.get(url, 0) + len(url)` reads and writes `sizes[url]` of variable `sizes` of the enclosing function `closure` with no lock held on several threads at once: reported because `closure.fetch` is dispatched in a loop (`threading.Thread(target=fetch, args=(u,))` on line 41).}}

    threads = [threading.Thread(target=fetch, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return done


class Crawler:
    def __init__(self):
        self.pages = 0
        self.bytes = 0
        self.pool = ThreadPoolExecutor()

    def crawl(self, urls):
        return list(self.pool.map(self.fetch, urls))

    def fetch(self, url):
        self.pages += 1  # expect: GIL301 {{`self.pages += 1` reads and writes `self.pages` of the object the threads share with no lock held on several threads at once: reported because `Crawler.fetch` runs on several pool threads through `self.pool.map(self.fetch, urls)`.}}
        self._account(len(url))

    def _account(self, size):
        self.bytes = self.bytes + size  # expect: GIL301 {{`self.bytes = self.bytes + size` reads and writes `self.bytes` of the object the threads share with no lock held on several threads at once: reported because `Crawler.fetch` runs on several pool threads through `self.pool.map(self.fetch, urls)`.}}
