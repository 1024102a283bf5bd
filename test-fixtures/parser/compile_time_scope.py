# ast.parse accepts statements that only the compiler or symbol table reject.
return 1
yield 2
await something
nonlocal outer
break
continue
lambda: (yield)
def sync():
    async for x in y:
        pass
    async with z:
        pass
    return [x async for x in y]
async def agen():
    yield 1
    return 2
def clash():
    x = 1
    global x
def param_global(x):
    global x
for item in range(3):
    pass
else:
    continue
try:
    pass
except* ValueError:
    break
