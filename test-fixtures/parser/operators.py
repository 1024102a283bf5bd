# Operator precedence corners and chained comparisons.
a = -x ** 2
b = (-x) ** 2
c = x ** -y ** z
d = not a == b
e = a if b else c if d else e
f = (a if b else c) if d else e
g = a < b <= c > d >= e == f != g
h = a is not b is c
i = a not in b in c
j = a or b and c or not d
k = not not a
l = a + b * c - d / e // f % g @ h
m = a << b >> c & d ^ e | f
n = ~a + -b - +c
o = a ** b ** c
p = await_ if True else False
q = (a, b) == (c, d)
r = a[b].c(d)[e:f].g
s = lambda: a if b else c
t = x @ y @ z
u = -1 ** 2
v = 2 ** -1
w = a and b or c and d
x = a | b ^ c & d << e + f * -g ** h
y = a < b == c
z = not -a
async def coro():
    return await x ** 2, -await x, await x + 1, not await x
aug = 1
aug += 1; aug -= 1; aug *= 2; aug /= 2; aug //= 2; aug %= 2; aug **= 2
aug <<= 1; aug >>= 1; aug &= 1; aug ^= 1; aug |= 1; aug @= m
obj.attr += 1
obj[0] -= 1
