# As ../fstring_named_escape_in_spec.py: the bare Constant format_spec of CPython 3.14 starts one
# column earlier than 3.13's (at the colon).
a = f"{x:\N{EM DASH}>10}"
