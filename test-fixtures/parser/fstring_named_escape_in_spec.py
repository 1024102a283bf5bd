# A \N{...} escape at the start of a format spec followed by more text: CPython 3.13 and 3.14
# make that format_spec a bare Constant, not a JoinedStr (3.12 made a JoinedStr of two parts).
a = f"{x:\N{EM DASH}>10}"
