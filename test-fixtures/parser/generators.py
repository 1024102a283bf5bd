# yield, yield from, return values.
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 3
    z = yield from other()
    await_like = (yield)
    yield from [1, 2]
    w = (yield from g())
    f((yield))
    return
def value():
    return 1
def tuple_return():
    return 1, 2
def star_return():
    return *a, b
def yields_in_expr():
    print((yield 1))
    l = [(yield)]
    yield *a, *b
