"""A function handed to the executor runs while the event loop runs the other coroutines.

``save_snapshot`` runs on an executor thread; meanwhile ``poll`` goes on updating ``pending``
on the event loop's thread. ``compress`` also runs on the executor, but the only coroutine that
touches ``ratio`` takes a threading lock that ``compress`` takes too.
"""
import asyncio
import threading

pending = 0
ratio = 0.0
ratio_lock = threading.Lock()


def save_snapshot():
    global pending
    pending -= 1  # expect: GIL301 {{`pending -= 1` reads and writes module global `pending` with no lock held while `poll` updates it: reported because `save_snapshot` runs on an executor thread (`loop.run_in_executor(None, save_snapshot)` on line 43) while the event loop runs the coroutine `poll`, which updates it on line 30.}}


def compress():
    global ratio
    with ratio_lock:
        ratio += 0.1


async def poll():
    global pending
    while True:
        await asyncio.sleep(0.5)
        pending += 1


async def measure():
    global ratio
    with ratio_lock:
        ratio = 0.0


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(poll())
    asyncio.create_task(measure())
    await loop.run_in_executor(None, save_snapshot)
    await asyncio.to_thread(compress)
