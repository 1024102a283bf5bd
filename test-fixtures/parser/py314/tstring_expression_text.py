# Interpolation.str is the source text of the expression: leading whitespace and newlines kept,
# trailing whitespace and comments dropped.
name = "world"
a = t"{ name }"
b = t"{ name=}"
c = t"{ name !r}"
d = t"{ name :>3}"
e = t"""{
    name
}"""
f = t"""{
    name  # a comment
}"""
g = t"{  name.upper() }"
