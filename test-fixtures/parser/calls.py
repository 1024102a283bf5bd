# Calls: positional, keyword, unpacking, generator argument, trailing commas.
f()
f(1)
f(1,)
f(a, b=1)
f(*args)
f(**kwargs)
f(a, *b, c, *d, e=1, *f, g=2, **h, i=3, **j)
f(x for x in y)
f((x for x in y),)
f(a)(b)(c)
f.g.h(1).i[2](3)
f(
    1,
    key=2,
)
f(a=lambda: 1, b=(yield_ := 2))
f(*a or b)
f(**a or b)
obj.method(*args, **{"k": 1})
