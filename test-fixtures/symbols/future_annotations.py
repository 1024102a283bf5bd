# With `from __future__ import annotations` annotations become strings: CPython 3.13 builds
# annotation tables for them but leaves them out of the symbol table tree.
from __future__ import annotations


def typed(value: Request, *rest: Item, **extra: Extra) -> Response:
    local: LocalType = value
    pending: OnlyAnnotated
    return local


class Model:
    field: FieldType = None
    other: OtherType

    def method[T](self, arg: T) -> T:
        return arg
