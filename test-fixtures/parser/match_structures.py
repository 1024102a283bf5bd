# Group, sequence, star, mapping, class, or and as patterns, with guards.
def describe(point):
    match point:
        case (x):
            return x
        case ():
            return "empty tuple"
        case []:
            return "empty list"
        case [x]:
            return "one"
        case (x, y):
            return "two"
        case x, y, z:
            return "three, open"
        case [first, *rest]:
            return rest
        case (*_, last):
            return last
        case [1, [2, *inner], (3, 4)]:
            return inner
        case {}:
            return "empty mapping"
        case {"x": 0, "y": y}:
            return y
        case {"k": v, **rest}:
            return rest
        case {1: _, "a" "b": _, None: _, -1: _, Point.ORIGIN: _}:
            return "keys"
        case Point():
            return "any point"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return yy
        case Point(1, y=2):
            return "mixed"
        case module.Point(x, y,):
            return "dotted class"
        case int(n) | float(n) if n > 0:
            return "positive"
        case [Point(x=0) as p, *_] as whole:
            return p, whole
        case (1 | 2 | 3) as small:
            return small
        case str() | bytes():
            return "text"
        case [*_] if len(point) > 10 and point[0]:
            return "long"
        case {**rest} if rest:
            return rest

match 1, 2:
    case a, b:
        pass

match *rest, last:
    case _:
        pass

match (yield_value := 3):
    case 3:
        pass
