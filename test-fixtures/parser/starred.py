# Starred expressions in assignments, for loops, returns, subscripts and calls.
first, *rest = items
*init, last = items
a, *b, c = items
[x, *y] = items
(*z,) = items
*w, = items
for head, *tail in rows:
    pass
for *lead, end in rows:
    pass
for x in *a, *b:
    pass
def f():
    return *a, *b
def g():
    yield *a, b
t = *a, *b
u = (*a, 1)
l = [*a, *b]
s = {*a, *b}
call(*args, *more, x, *rest, key=1, **kw, **more_kw)
array[*idx]
array[*idx, 1]
array[1, *idx]
array[*a, *b] = value
Generic[*Ts]
del a[*idx]
