# List, set, dict and generator comprehensions, nested and with conditions.
squares = [x * x for x in range(10)]
evens = [x for x in range(10) if x % 2 == 0 if x > 2]
pairs = [(x, y) for x in range(3) for y in range(x) if x != y]
unique = {c.lower() for c in text}
index = {name: i for i, name in enumerate(names)}
inverted = {v: k for k, v in index.items() if v}
total = sum(x for x in range(10))
gen = (x for x in range(10) if x)
call_two = f((x for x in y), z)
nested = [[cell for cell in row] for row in grid]
tuple_target = [a + b for (a, b) in pairs]
star_target = [first for first, *_ in rows]
attribute_target = [None for obj.attr in values]
conditional = [x if x else -x for x in values]
lambda_in = [(lambda: x) for x in range(3)]
ternary_iter = [x for x in (a if cond else b)]
dict_unpack_value = {k: {**v} for k, v in data}
in_test = [x for x in range(3) if x not in excluded]
