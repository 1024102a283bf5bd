# Binding statements: for, with, except, del, augmented and annotated assignment.
def work(paths):
    total: int = 0
    note: str
    (paren): int
    for index, (left, *rest) in enumerate(paths):
        total += index
    with open(paths[0]) as handle, open(paths[1]) as (a, b):
        pass
    try:
        pass
    except (OSError, ValueError) as error:
        print(error)
    else:
        pass
    finally:
        del total
    while (paths := paths[1:]):
        continue
    assert paths, "message"
    raise RuntimeError from None
