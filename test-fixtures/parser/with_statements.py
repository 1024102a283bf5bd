# with statements, including parenthesized context managers (3.10).
with open("a") as f:
    pass
with open("a") as f, open("b") as g:
    pass
with lock:
    pass
with (open("a") as f, open("b") as g):
    pass
with (open("a") as f,
      open("b") as g,):
    pass
with (open("a"), open("b")):
    pass
with (a, b) as pair:
    pass
with (yield):
    pass
with (lock):
    pass
with (lock) as l:
    pass
with a as (b, c), d as [e, f]:
    pass
with a as b.attr, c as d[0]:
    pass
with (
    open("a") as f,
    open("b"),
):
    pass
with (a for a in b):
    pass
with (a := b) as c:
    pass
