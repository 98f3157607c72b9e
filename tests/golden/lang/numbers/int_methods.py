# Methods of int (bool inherits them).
print((7).bit_length(), (-8).bit_length(), (0).bit_length(), (2**100).bit_length())
print((255).bit_count(), (-255).bit_count(), (2**100 - 1).bit_count())
print(True.bit_length(), (5).as_integer_ratio(), (-3).conjugate())
x = 1000
print(x.bit_length(), int.bit_length(x))
