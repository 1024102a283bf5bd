# Nested functions, classes in functions, conditional definitions.
def outer(a):
    def middle(b):
        def inner(c):
            nonlocal b
            b = c
            return a + b + c
        return inner
    class Local:
        def method(self):
            return a
    if a:
        def maybe(): return 1
    else:
        maybe = None
    return middle, Local, maybe
