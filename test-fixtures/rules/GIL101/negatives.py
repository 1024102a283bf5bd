# fixture: clean
import hashlib
import subprocess
import time
import urllib.request
import zlib
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from threading import Thread

import some_unknown_library


def fetch(url):
    with urllib.request.urlopen(url) as response:
        return response.read()


def fetch_many(urls):
    return [fetch(u) for u in urls]


def digest(blobs):
    return [hashlib.sha256(b).hexdigest() for b in blobs]


def compress(chunks):
    return [zlib.compress(c) for c in chunks]


def run_commands(commands):
    for command in commands:
        subprocess.run(command, check=True)


def poll(n):
    for _ in range(n):
        time.sleep(0.1)


def opaque(items):
    for item in items:
        some_unknown_library.process(item)


def tiny(x):
    return x + 1


def crunch(size):
    return sum(i * i for i in range(size))


def main(urls, blobs, commands, items, task):
    with ThreadPoolExecutor() as pool:
        pool.map(fetch, urls)
        pool.submit(fetch_many, urls)
        pool.submit(digest, blobs)
        pool.submit(compress, blobs)
        pool.submit(run_commands, commands)
        pool.submit(poll, 3)
        pool.submit(opaque, items)
        pool.submit(tiny, 1)
        pool.submit(task)
        pool.submit(some_unknown_library.work)
    with ProcessPoolExecutor() as processes:
        processes.map(crunch, [10, 20])
    Thread(target=fetch_many, args=(urls,)).start()
