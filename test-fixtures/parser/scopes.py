# global, nonlocal and del.
counter = 0
def increment():
    global counter
    counter += 1
def outer():
    value = 1
    other = 2
    def inner():
        nonlocal value, other
        value = 3
    return inner
def several():
    global a, b, c
del counter
del a, b
del (c), [d]
del obj.attr, obj[0], obj[1:2]
del (e, f), [g, h]
del x,
