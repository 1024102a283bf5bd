# PEP 709: list, set and dict comprehensions are inlined into the enclosing function or module;
# generator expressions keep their own scope; cells of inlined comprehensions.
data = [1, 2, 3]
squares = [x * x for x in data if x]
lookup = {k: v for k, v in zip(data, data)}
unique = {y for y in data}
lazy = (z for z in data for w in range(z))


def outer(items):
    total = 0
    doubled = [item * 2 + total for item in items]
    closures = [lambda: i for i in range(3)]
    nested = [[a + b for b in items] for a in items]
    gen = (c for c in items if c > total)
    return doubled, closures, nested, gen


def shadowing():
    i = "outer"
    values = [i for i in range(3)]
    return i, values
