# Positions of the parts of f-strings: non-ASCII text before fields, several lines, concatenation.
x = 1
a = f"é{x}中{x:>{x}}😀{x!r}"
b = f"""first {x}
second {x
} third {
x!r:>{x}}"""
c = (f"one {x}"
     "two"
     f"three {x=}")
d = f"{x:{x}.{x}}" f"{'é'}"
e = f"{x =:{x}} {x= !r}"
f = f'{f"é{x}"}'
