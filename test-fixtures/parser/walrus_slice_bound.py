# A parenthesized assignment expression as the lower bound of a slice.
a = data[(j := 1):2]
b = data[(k := 1):]
c = data[(m := 1)::2]
d = data[0:(n := 2)]
