# Match statements: capture patterns bind, value patterns read.
import enum


class Color(enum.Enum):
    RED = 1


def describe(subject):
    match subject:
        case [first, *rest]:
            return first, rest
        case {"key": value, **others}:
            return value, others
        case Color.RED | None:
            return "red"
        case Point(x=0, y=py) as point if py > 0:
            return point
        case (1 | 2) as small:
            return small
        case str() | bytes():
            return "text"
        case _:
            return None


class Point:
    __match_args__ = ("x", "y")
