# fixture: clean
"""Process workers whose writes are never read by the parent, or are shared on purpose."""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

_cache = {}
hits = multiprocessing.Value("i", 0)
seen = []
log = []


def lookup(key):
    # A per-process cache: filled and read in the child only.
    if key not in _cache:
        _cache[key] = key * 2
    return _cache[key]


def count(key):
    with hits.get_lock():
        hits.value += 1
    return lookup(key)


def run(keys):
    with ProcessPoolExecutor() as pool:
        values = list(pool.map(count, keys))
    print(hits.value, values)
    return values


def remember(x):
    seen.append(x)


def threads(xs):
    # Threads share the module: the parent sees these writes.
    with ThreadPoolExecutor() as pool:
        list(pool.map(remember, xs))
    return list(seen)


def note(x):
    log.append(x)
    return x


def before_only(xs):
    print(len(log))
    with ProcessPoolExecutor() as pool:
        return list(pool.map(note, xs))


if __name__ == "__main__":
    run([1, 2])
    threads([3])
    before_only([4])
