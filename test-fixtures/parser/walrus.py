# Assignment expressions wherever the grammar allows them.
if (n := 10) > 5:
    pass
while chunk := read():
    pass
values = [y := 1, y ** 2]
filtered = [z for x in data if (z := f(x))]
total = [last := x for x in range(3)]
print(w := 1)
func(key=(k := 2))
s = {(m := 1), m}
d = {"a": (v := 2)}
t = (u := 3, 4)
lambda: (q := 1)
assert (r := 1)
x = data[(i := 0)]
x = data[i := 0]
f"{(fs := 5)}"
match (value := compute()):
    case _:
        pass
with (ctx := open("f")) as fh:
    pass
def default(a=(dflt := 1)): ...
if any((found := item) for item in data):
    pass
y = (yy := 1) if (cond := True) else 0
elements = [*(star := [1, 2])]
del data[(di := 0)]
