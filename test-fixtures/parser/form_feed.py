# Form feeds in indentation reset the column count, as in CPython's tokenizer.

a = 1
b = 2
  b2 = 2
if a:
    c = 3
        d = 4
    e = 5

def f():
    return 6

g = 7
