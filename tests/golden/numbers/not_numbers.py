import numbers

for value in ["3", b"3", None, [1], (1,), {1: 2}, object(), range(3), bytearray(b"1")]:
    print(type(value).__name__, isinstance(value, numbers.Number))
