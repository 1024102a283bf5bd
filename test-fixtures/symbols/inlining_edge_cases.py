# Comprehension inlining corner cases (PEP 709): class bodies, cells, free names of nested
# scopes, private names, super() and __class__ in class-level comprehensions.


def outer():
    x = 1
    class C:
        x = 2
        y = [x for _ in range(3)]
        z = [lambda: x for _ in range(3)]
        w = (x for _ in ())
        def m(self):
            return x, __class__
        [super() for _ in ()]
    return C


def f():
    a = [lambda: i for i in range(3)]
    b = [[lambda: (i, j) for j in range(2)] for i in range(3)]
    i = 10
    c = [i for i in range(3)]
    return lambda: i


def f(x):
    return [[x + y for y in z] for z in x]
def g():
    return [lambda: k for k in range(3) if (lambda: k)()]


class C:
    def f(self):
        return [__x for __x in self.__y]
    __z = [__w for __w in range(3)]


class C:
    x = 1
    l = [(lambda: x) for _ in range(2)]
    d = {k: v for k, v in items}
    s = {e for e in x}


def f():
    y = 1
    class C:
        z = [y for _ in ()]
        w = [q for q in y]


f = lambda: [(z := i) for i in range(3)]
def g():
    return [[(w := j) for j in i] for i in ()]


class C:
    def f(self):
        def g():
            return super()
        return [super() for _ in ()] , (lambda: super())


def f(xs, ys):
    return (x + y for x in xs for y in ys if x), [a for a in (b for b in xs)]
