# PEP 750 template strings (3.14): every f-string form with a t prefix.
name = "world"
width = 10
items = ["a", "b"]
a = t"hello {name}"
b = T'hello {name}'
c = tr"raw {name} \n" + rt'raw {name}' + Tr"{name}" + tR'{name}' + RT"{name}" + Rt'{name}'
conv = t"{name!r} {name!s} {name!a}"
spec = t"{3.14159:.2f} {name:>10}"
debug = t"{name=} {width = } {name=!r} {width=:>5}"
braces = t"{{literal}} {{{name}}}"
only_text = t"no fields"
empty = t""
same_quotes = t"{items["0" and 0]}"
nested_f = t"{f"{name}"}"
nested_t = t"{t"{name}"}"
backslash = t"{'\n'.join(items)}"
triple = t"""{name  # a comment in the field
}"""
concat = t"one {name}" t" two"
concat_triple = t'a' t"""b {width}"""
lambda_in = t"{(lambda x: x)(1)}"
