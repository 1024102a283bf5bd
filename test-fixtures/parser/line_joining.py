# Implicit line joining inside brackets, with comments and blank lines in between.
total = (1 +   # first term
         2

         + 3)
items = [
    "a",  # trailing comma next
    "b",
]
table = {
    "k": (1,
          2),
}
call = max(
    1,
        2,
  3)

# Backslash continuation, also inside expressions and before a block.
value = 1 + \
    2
if value and \
        total:
    result = \
        value
x = [1, \
     2]
assert value, \
    "message"
def f(a,
      b): return a + \
    b
