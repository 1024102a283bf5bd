# PEP 701 f-strings (3.12+): reused quotes, nesting, backslashes and comments in fields.
songs = ["a", "b"]
names = {"key": "value"}
same_quotes = f"{names["key"]}"
joined = f"{", ".join(songs)}"
nested = f"{f"{f"{1}"}"}"
deep = f"{f'{f"{f'{1}'}"}'}"
backslash = f"{'\n'.join(songs)}"
escape_in_field = f"{"\t".join(songs)}"
multi_line = f"{
    songs[0]
}"
with_comment = f"""{
    songs  # a comment inside the field
    [1]
}"""
debug_spaces = f"{ songs[0] = }"
debug_newline = f"""{
    1 + 1 = }"""
spec_nested_f = f"{3.5:{f"{10}"}}"
lambda_in = f"{(lambda x: x * 2)(3)}"
quote_spec = f"{"text":>{len("ab")}}"
triple_in_single = f"{'''x'''}"
