"""Runs the poller beside the executor.

``reset_store`` is awaited, and done, before ``store_snapshot`` goes to the executor, so the two
never run at once.
"""
import asyncio

from feeds import archive
from feeds.poller import poll_forever, reset_store


async def serve():
    loop = asyncio.get_running_loop()
    asyncio.create_task(poll_forever())
    await loop.run_in_executor(None, archive.write_batch)


async def snapshot():
    await reset_store()
    await asyncio.to_thread(archive.store_snapshot)
