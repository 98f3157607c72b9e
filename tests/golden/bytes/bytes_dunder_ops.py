# Objects that take part in bytes operations through special methods.
class Count:
    def __index__(self):
        return 3


class Tail:
    def __radd__(self, other):
        return other + b"<tail>"


print(b"ab" * Count(), Count() * b"x", bytearray(b"z") * Count(), b"x" + Tail(), bytes(Count()))
print(b"abc"[Count() if False else 1], b"abcdef"[1:Count()], bytearray(b"hello")[Count()])
data = bytearray(b"012345")
data[Count()] = 65
print(data, b"0123"[-Count()])
