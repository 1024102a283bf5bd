# CRLF line ends everywhere, also inside a triple-quoted string.
def f(x):
    s = '''one
two'''
    return (x,
            s)

y = 1 + \
    2
