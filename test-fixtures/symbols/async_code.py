# Coroutines: await, async for and async with, asynchronous comprehensions.
import asyncio


async def fetch(urls):
    async with asyncio.timeout(10) as timer:
        results = [await asyncio.sleep(0, u) async for u in aiter_of(urls)]
    async for item in aiter_of(results):
        yield item, timer


async def aiter_of(values):
    for v in values:
        yield v


gathered = (await x async for x in fetch([]))
