# match, case, _ and type as ordinary names, next to their keyword uses.
match = 1
case = 2
_ = 3
type = 4
match.attr = case
match[0] = _
match(case, type)
match (1)
match * 2
match, case = case, match
print(match, case, _, type)
type.mro
type(1)
type[int]
x = type
def match(case, type=None, _=0):
    return case
class type:
    match = 1
    case = 2
import match
import type as case
from match import case as type, _
lambda match: match
[match for match in range(3)]
match: int = 5
case: str

match match:
    case case:
        pass

match case:
    case _:
        pass

match type:
    case type.attr:
        pass

match [match, case]:
    case [match, case]:
        pass

type X = int
type type = int
type match = list[case]
type case[T] = dict[T, type]
type _ = None
