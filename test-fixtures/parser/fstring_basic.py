# f-string prefixes, conversions, format specs and the = debug form.
name = "world"
width = 10
a = f'hello {name}'
b = F"hello {name}"
c = fr'raw {name} \n'
d = rf"raw {name} \d"
e = Rf'{name}' + fR"{name}" + FR'{name}' + RF"{name}"
conv = f"{name!r} {name!s} {name!a}"
spec = f"{3.14159:.2f} {name:>10} {42:#x}"
nested_spec = f"{name:{width}} {3.14159:{width}.{2}f} {name:>{width}s}"
spec_with_text = f"{42:x<{width}d}|"
debug = f"{name=} {width = } {name=!r} {width=:>5} {name = !s:^20}"
debug_expr = f"{1 + 2 = }"
braces = f"{{literal}} {{{name}}} }}"
only_text = f"no fields"
empty = f""
expr_forms = f"{[1, 2][0]} {(lambda: 1)()} {name if name else 'x'} {width * 2}"
dict_in = f"{ {'k': 1}['k'] }"
tuple_in = f"{1, 2}"
star_in = f"{*[1, 2],}"
concat_in = f"{'a' 'b'}"
triple = f'''{name}
line two {width}'''
triple_double = f"""{name!r:>{width}}"""
not_equal = f"{1 != 2}"
colon_in_slice = f"{name[1:3]}"
escape_in_text = f"tab\there \N{EM DASH} {name}\n"
