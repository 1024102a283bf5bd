# A line holding only indentation and a backslash: the column of that backslash is the
# indentation of the statement it continues into (unless the backslash is at column 0, when the
# next line's indentation counts).
if x:
    \
pass
if y:
    a = 1
\
    b = 2
c = 3
def f():
    \
  \
return 1
