import marshal, io
vals = [None, True, False, 0, 5, -1, 1000, 2**31 - 1, -2**31, 2**31, -2**40, 2**100, -(2**64 + 12345),
        1.5, -0.0, float("inf"), 1e300, 2j, complex(1.5, -2), "abc", "a b c", "", "é", "ü日本",
        "x" * 300, "y z" * 100, b"", b"bytes\x00", bytearray(b"ba"), (), (1,), (1, "a", (2.5, None)),
        [], [1, [2, [3]]], {}, {"k": 1, "j": [1, 2]}, {1: "one", (1, 2): b"t"}, set(), {1, 2, 3},
        frozenset(), frozenset({"a"}), StopIteration, Ellipsis, tuple(range(300))]
for v in vals:
    d = marshal.dumps(v)
    back = marshal.loads(d)
    print(repr(v)[:40], back == v or (v != v), type(back).__name__, d[:40])
for ver in range(5):
    for v in [1.25, 3j, "abc", "é", (1, 2), [1], "name"]:
        print(ver, marshal.dumps(v, ver), marshal.loads(marshal.dumps(v, ver)))
shared = (1, 2)
pair = [shared, shared]
print(marshal.dumps(pair))
s = "some text"
triple = [s, s, s]
d = marshal.dumps(triple)
print(d, marshal.loads(d))
back = marshal.loads(d)
print(back[0] is back[1])
buf = io.BytesIO()
for v in [1, "two", [3.0]]:
    marshal.dump(v, buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print("EOFError", e)
for bad in [b"", b"i\x01", b"\x01", b"l\x02\x00\x00\x00\x01", b"[\x05\x00\x00\x00"]:
    try:
        print(marshal.loads(bad))
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [object(), print, {1: object()}, [1, len]]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
print(marshal.version)
print(marshal.loads(bytearray(marshal.dumps("ba"))))
print(marshal.loads(memoryview(marshal.dumps((1, 2)))))
print(marshal.loads(marshal.dumps("xyz") + b"trailing"))
deep = []
for _ in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print("ValueError", e)
