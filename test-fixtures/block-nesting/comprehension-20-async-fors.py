async def g():
    x = [a async for a0 in b async for a1 in b async for a2 in b async for a3 in b async for a4 in b async for a5 in b async for a6 in b async for a7 in b async for a8 in b async for a9 in b async for a10 in b async for a11 in b async for a12 in b async for a13 in b async for a14 in b async for a15 in b async for a16 in b async for a17 in b async for a18 in b async for a19 in b]
