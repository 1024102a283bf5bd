# Lambdas in expressions, defaults, nesting and conditional bodies.
square = lambda x: x * x
adder = lambda a, b=1: a + b
nested = lambda x: lambda y: x + y
conditional = lambda x: x if x else None
tuple_body = lambda: (1, 2)
sort_key = sorted(items, key=lambda item: (item[1], -item[0]))
in_default = lambda f=lambda: 0: f()
called = (lambda: 42)()
in_comprehension = [lambda i=i: i for i in range(3)]
chained_or = lambda a: a or b and not c
yields = lambda: (yield)
starred_args = lambda *a, **k: (a, k)
