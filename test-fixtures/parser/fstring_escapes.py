# Escapes and backslashes in the literal parts of f-strings.
x = 1
a = f"\N{EM DASH}{x}\N{LATIN SMALL LETTER E WITH ACUTE}"
b = rf"\N{x}"
c = f"\\{x}"
d = f"{x}\n\t"
e = f'\'{x}\''
f = f"\x41{x}\u00e9\U0001F600\101"
g = fr"\n{x}\d"
h = f"line one \
line two {x}"
i = f"{x}\\"
j = f"\{{x}}"
k = f"\\N{{x}}"
