# Module, function and lambda scopes: parameters of every kind, defaults and decorators
# (evaluated in the enclosing scope), globals and builtins.
import functools

LIMIT = 10


def clamp(value, /, low=0, *args, high=LIMIT, strict, **options):
    result = max(low, min(value, high))
    if strict and options:
        print(args)
    return result


@functools.cache
def compute(n: int = len("abc")) -> int:
    return n * LIMIT + undefined_name


square = lambda x, y=LIMIT: x * x + y
clamp(square(2), strict=True)
