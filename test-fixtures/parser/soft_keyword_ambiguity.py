# Statements that start with match, case or type: keyword statement or expression?
match -x:
    case _:
        pass
match - x
match[x]
match [x]:
    case [y]:
        pass
match {x}:
    case _:
        pass
match not x:
    case _:
        pass
match x if y else z:
    case _:
        pass
match lambda: 1:
    case _:
        pass
match (x):
    case case:
        case = 1
match x:
    case match:
        match = case
print(match := 1)
case(1)
case[0] = 1
case.x, type.y = 1, 2
type(x)
type [x]
type = type
type.X = int
type X = type
