print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2, 0 * b"x", b"" * 5)
print(b"ab" + b"cd", b"" + b"", b"x" + bytearray(b"y") if False else b"x")
print(b"ab" * True, False * b"ab")
x = b"q"
x *= 4
print(x)
x += b"!"
print(x)
for a, b in [(b"ab", 2.0), (b"ab", "s"), (b"ab", b"cd"), ("s", b"ab"), (b"ab", None), (None, b"ab"), (b"a", [1])]:
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError:", e)
for a, b in [(b"ab", "s"), ("s", b"ab"), (b"ab", 1), (1, b"a"), (b"a", [1])]:
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError:", e)
try:
    b"ab" * (1 << 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    b"ab" * (1 << 70)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    "ab" * (1 << 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
print(b"" * (1 << 62))
class N:
    def __index__(self):
        return 2
    def __rmul__(self, other):
        return "rmul"
class M:
    pass
print(b"xy" * N(), N() * b"z" if False else "")
for a, b in [(b"ab", M()), (M(), b"ab")]:
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError:", e)
print(b"a" * 2 + 2 * b"b", len(b"abc" * 1000), (b"\x00\xff" * 2)[1:3])
