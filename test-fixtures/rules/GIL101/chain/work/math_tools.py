# fixture: clean


def _inner(values):
    best = 0
    for v in values:
        if v % 3 == 0:
            best = max(best, v)
    return best


def score(values):
    return _inner(values) * 2
