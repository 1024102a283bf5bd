import threading
from concurrent.futures import ThreadPoolExecutor


class Box:
    def __init__(self):
        self.n = 0


def bump(box):
    box.n += 1  # expect: GIL301 {{`box.n += 1` reads and writes `box.n` of the object every `bump` task gets as `box` with no lock held on several threads at once: reported because `bump` runs on 4 pool threads through `pool.map(bump, [box] * n)`.}}


def tally(counts, word):
    counts[word] = counts.get(word, 0) + 1  # expect: GIL301 {{`counts[word] = counts.get(word, 0) + 1` reads and writes `counts[word]` of the object every `tally` task gets as `counts` with no lock held on several threads at once: reported because `tally` is dispatched in a loop (`threading.Thread(target=tally, args=(counts, w))` on line 37).}}


def fill(box):
    box.n += 1


def own(box):
    box.n += 1


def mapped(n):
    box = Box()
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(bump, [box] * n))
    return box.n


def looped(words):
    counts = {}
    threads = []
    for w in words:
        t = threading.Thread(target=tally, args=(counts, w))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    return counts


def fresh_each_time(n):
    threads = []
    for _ in range(n):
        box = Box()
        threads.append(threading.Thread(target=fill, args=(box,)))
    return threads


def two_boxes():
    first = Box()
    second = Box()
    threading.Thread(target=own, args=(first,)).start()
    threading.Thread(target=own, args=(second,)).start()
