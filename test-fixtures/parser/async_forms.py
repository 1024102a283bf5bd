# async def, async for, async with, await, async comprehensions.
async def main(session, urls):
    await session.start()
    result = await fetch(urls[0])
    value = await (await nested())
    power = await x ** 2
    negated = -await x
    attr = await obj.method()
    async for item in session.stream():
        print(item)
    else:
        pass
    async with session.lock() as lock, other():
        pass
    async with (a as b, c as d,):
        pass
    items = [i async for i in aiter()]
    evens = {i async for i in aiter() if i % 2}
    mapping = {k: v async for k, v in pairs()}
    gen = (await x async for x in aiter())
    mixed = [y for x in xs async for y in x]
    awaited = [await f(x) for x in xs]
    return await gather(*(fetch(u) for u in urls))

async def gen():
    yield 1
    await sleep(0)

async def not_a_generator():
    return [await x for x in y]

class Service:
    async def __aenter__(self):
        return self
