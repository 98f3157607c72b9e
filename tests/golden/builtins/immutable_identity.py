# CPython hands back the same object when copying an immutable one would change nothing.
t = (1, 2, 3)
s = "config"
b = b"\x00\x01"
fs = frozenset({1, 2})

print("tuple", t * 1 is t, 1 * t is t, tuple(t) is t, t[:] is t, t[::1] is t)
print("str", s * 1 is s, str(s) is s, s[:] is s)
print("bytes", b * 1 is b, bytes(b) is b, b[:] is b)
print("frozenset", frozenset(fs) is fs)
print("copies", t * 2 is t, t[1:] is t, list(t) is t)
l = [1, 2]
print("list", l * 1 is l, l[:] is l)


class Name(str):
    pass


n = Name("x")
print(type(n * 1).__name__, n * 1 is n, str(n) is n)
