# Interpolation.str drops comments inside the field but keeps the whitespace and newlines
# around them.
a = t"""{
# a comment line
    name}"""
b = t"""{
    name  # a comment
    .upper()}"""
c = t"""{ # a comment
 name}"""
