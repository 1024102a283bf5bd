# Assignment expressions: in a comprehension the target binds in the enclosing function (as a
# nonlocal of the comprehension) or at module level (as a global).
if (n := 10) > 5:
    pass

firsts = [last := x for x in range(n)]


def scan(lines):
    found = None
    if any((found := line).startswith("#") for line in lines):
        return found
    [(count := i) for i in range(3)]
    return count


def with_global():
    global total
    [(total := t) for t in range(3)]


predicate = lambda xs: [(hit := x) for x in xs if x]
