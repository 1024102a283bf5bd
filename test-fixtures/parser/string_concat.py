# Implicit concatenation of adjacent literals.
two = 'a' "b"
three = ('first '
         'second '
         "third")
mixed_raw = r'\n' '\n'
with_f = 'plain ' f'{two} ' 'tail'
f_first = f'{two}' 'tail'
f_only = f'{two}' f'{three}'
bytes_pair = b'ab' b'cd'
bytes_raw = b'\x00' rb'\x00'
unicode_kind = u'kind' 'plain'
plain_then_u = 'plain' u'kind'
empty_parts = '' f'' ''
across_lines = "one" \
    "two"
