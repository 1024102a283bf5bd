"""Coroutines of another module that update the archive's counters on the event loop."""
import asyncio

from feeds import archive


async def poll_forever():
    while True:
        await asyncio.sleep(1.0)
        archive.backlog += 1


async def reset_store():
    archive.stored = 0
