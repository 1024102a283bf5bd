"""A loop that waits for each task before it submits the next runs one task at a time.

``convert_each`` and ``convert_async`` wait at once (``.result()``, ``await``), so their tasks
never overlap; ``convert_all`` submits every task first and waits afterwards, so its tasks run
on the pool's threads at once.
"""
import asyncio
from concurrent.futures import ThreadPoolExecutor

converted = 0
failed = 0
resized = 0


def convert(path):
    global converted
    converted += 1


def check(path):
    global failed
    failed += 1


def resize(path):
    global resized
    resized += 1  # expect: GIL301 {{`resized += 1` reads and writes module global `resized` with no lock held on several threads at once: reported because `resize` is dispatched in a loop (`pool.submit(resize, path)` on line 45).}}


def convert_each(paths):
    with ThreadPoolExecutor(4) as pool:
        for path in paths:
            pool.submit(convert, path).result()


async def convert_async(paths):
    loop = asyncio.get_running_loop()
    for path in paths:
        await loop.run_in_executor(None, check, path)
    await asyncio.to_thread(check, paths[0])


def convert_all(paths):
    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(resize, path) for path in paths]
        for future in futures:
            future.result()
