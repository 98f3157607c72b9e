# Ordering, equality and hashing of byte strings.
vals = [b"b", b"a", b"ab", b"", b"\xff", b"B"]
print(sorted(vals), max(vals), min(vals))
print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"x") == b"x", b"abc" != b"abd")
print(b"abc" < b"abd", b"ab" < b"abc", bytearray(b"a") < b"b", b"b" > bytearray(b"a"), b"a" <= bytearray(b"a"))
print(b"a" == "a", b"" == bytearray(), memoryview(b"mv") == b"mv", b"mv" == memoryview(b"mv"))
print(hash(b"key") == hash(b"key"), {b"k": 1}[b"k"], {b"a", b"a", b"b"} == {b"a", b"b"})
d = {}
d[b"x"] = 1
d[bytes(bytearray(b"x"))] += 1
print(d)
for call in [lambda: b"a" < "a", lambda: b"a" < 1, lambda: hash(bytearray(b"a")), lambda: {bytearray(): 1}]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
