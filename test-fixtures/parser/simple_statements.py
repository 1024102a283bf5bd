# Remaining simple statements and compound statements with else clauses.
pass
assert x
assert x, "message"
x: int
x: int = 1
(y): int = 2
obj.attr: str = "s"
obj[0]: float
a = b = c = 0
a, b = b, a
[a, b] = c
for i in range(3):
    if i:
        continue
    break
else:
    pass
while True:
    break
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
x = ...
"""A docstring-like expression statement."""
print("call", *args, sep="", **kw)
print(x for x in y)
