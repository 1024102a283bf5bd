# A number directly followed by a keyword (deprecated since 3.12, still valid).
a = 1if True else 2
b = 1or 2
c = [1for x in y]
d = 0x1for x in y
e = 1.5and 2
f = 1jif c else 2
g = 0in y
h = 1_0is not None
i = 0b1or 0o7and 0x_fnot in y
