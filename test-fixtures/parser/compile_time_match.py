# Patterns that ast.parse accepts but the compiler rejects.
match x:
    case a | b:
        pass
    case [c, c]:
        pass
    case {"k": 1, "k": 2}:
        pass
    case Point(x=1, x=2):
        pass
    case -0:
        pass
    case irrefutable:
        pass
    case unreachable:
        pass
