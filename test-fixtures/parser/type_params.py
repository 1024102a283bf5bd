# PEP 695 type parameters and type aliases, with PEP 696 defaults (3.13).
def first[T](items: list[T]) -> T:
    return items[0]

def bounded[T: int, U: (str, bytes)](a: T, b: U) -> None: ...

def variadic[*Ts, **P](*args: *Ts, **kwargs: P.kwargs): ...

class Box[T]:
    def get[U](self, default: U) -> T | U: ...

class Pair[K, V](Box[K], metaclass=type): ...

type Alias = int
type Generic[T] = list[T]
type Constrained[T: (int, str), *Ts, **P] = tuple[T, *Ts]
type Lazy = "forward" | None

def with_defaults[T = int, *Ts = *tuple[int, ...], **P = [int, str]](): ...

class Defaults[T: int = bool, U = T]: ...

type Default[T = str] = dict[str, T]

async def coroutine[T](x: T) -> T:
    return x
