# PEP 695 corner cases: annotation scopes in classes (lambdas, comprehensions, names the class
# binds or declares global), mangled private type parameters, generics inside functions.


class C:
    type A = lambda: C
    type B = [x for x in range(3)]
    def f[T: [y for y in T]](self): pass
    def g[T](self, x: [z for z in T]): pass


def outer():
    T = 1
    class C:
        T = 2
        U = 3
        global G
        G = 4
        type A = (T, U, G, V)
        def f[X: (T, U)](self): pass


class A:
    class B[__T]:
        __u: __T
        def m(self) -> __T: return self.__u
    def n[__V](self, x: __V) -> __V:
        __w = x
        return __w


class C:
    def f[T: [a for a in range(2)] = {b: 1 for b in ()}](self): pass


def f():
    x = 1
    type A = x
    type B[T] = (T, x)
    def g[U](): return (U, x)
    return A


def f():
    v = 1
    class C[T](list[v]):
        def m(self): return T, v


class Outer:
    class Inner[T, *Ts, **P](Base[T], metaclass=Meta):
        x: T
        def m[U: T = int](self, a: U, *args: Ts, **kw: P) -> list[U]:
            return super().m(a)
    type Alias[V: (int, str) = int] = dict[V, Outer]
    def __private(self): pass
    class __Priv[__T]:
        def f(self, __a: __T): __b = __a


class C:
    def f(self):
        return __class__
    def g(self):
        return super()
    def h(self):
        __class__ = 1
        return __class__
    x = __class__ if 0 else 0
class D:
    __class__ = 3
    def f(self): return __class__
