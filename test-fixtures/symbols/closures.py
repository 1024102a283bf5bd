# Free and cell variables, nonlocal and global declarations, class scopes that functions skip.
counter = 0


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        global counter
        counter += 1
        return start

    class Holder:
        count = "class attribute, not the closure"

        def get(self):
            return count

    return increment, reset, Holder


def deep():
    x = 1

    def middle():
        def inner():
            return x

        return inner

    return middle
