# Numeric literals in every form.
ints = [0, 1, 42, 0_0, 00, 1_000_000, 9223372036854775807, 9223372036854775808]
hexes = [0x0, 0xff, 0XFF, 0xdead_beef, 0x_1]
octals = [0o0, 0o17, 0O777, 0o_7]
binaries = [0b0, 0b1010, 0B1, 0b_1_0]
huge = 123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
huge_hex = 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
floats = [0.0, 1.5, .5, 5., 1_0.0_1, 3.141592653589793, 0.1, 1e10, 1E-10, 1e+10, 2.5e3, .5e1, 5.e1, 1_0e1_0]
extreme = [1e308, 1e309, 1e-320, 1e-400, 4.9e-324, 1.7976931348623157e308]
precision = [0.30000000000000004, 2.2250738585072014e-308, 9007199254740993.0]
zeros = [0e0, 0.0e-0, 00.0, 09.5, 0_9.0, 012e3]
imaginary = [1j, 1J, 0j, 1.5j, .5j, 1e3j, 1_0j, 010j, 0.0j, 1e400j]
negative = [-1, -0x10, -1.5, -1j, +1, ~0, --1]
attribute_on_int = [1 .real, 1.0.real, 0x1.real, 1j.imag, (1).bit_length()]
