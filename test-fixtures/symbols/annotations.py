# Without the future import, parameter and return annotations are evaluated in the scope around
# the def (or in its type parameter scope); variable annotations in functions are not evaluated
# but still mark the name annotated.
import typing


def typed(value: typing.Any, *rest: int, **extra: str) -> bool:
    local: typing.List[int] = []
    only: typing.Dict
    return bool(local)


class Model:
    field: int = 0
    other: "str"

    def method(self, arg: "Model") -> None:
        pass
