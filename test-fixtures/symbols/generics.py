# PEP 695 and PEP 696: type parameter scopes with their implicit names, bounds, constraints and
# defaults in their own scopes, type aliases.
from collections.abc import Callable


def first[T](items: list[T], default: T | None = None) -> T | None:
    return items[0] if items else default


def apply[**P, R = object](fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return fn(*args, **kwargs)


def keyword_default[T](*, value: T = 0) -> T:
    return value


class Box[T: (int, str), *Ts = *tuple[int, ...]](list[T]):
    def get(self) -> T:
        return self[0]


type Pair[K: str = str, V = int] = tuple[K, V]
type Simple = int | str
