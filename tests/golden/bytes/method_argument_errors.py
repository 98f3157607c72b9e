# The argument errors bytes methods report.
calls = [
    lambda: b"abc".count(), lambda: b"abc".find(), lambda: b"abc".split(1, 2, 3),
    lambda: b"abc".splitlines(1, 2), lambda: b"abc".decode(1), lambda: b"abc".strip(1, 2),
    lambda: b"abc".upper(1), lambda: b"abc".join(), lambda: b"abc".replace(b"a"),
    lambda: bytes.upper("abc"), lambda: bytes.upper(), lambda: bytearray.append(b"x", 1),
    lambda: b"abc".center(), lambda: b"abc".hex(sep=1), lambda: b"abc".split(maxsplit="x"),
    lambda: b"abc".decode(foo=1), lambda: bytearray(b"x").pop(1, 2), lambda: bytes(1, 2, 3, 4),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ":", e)
