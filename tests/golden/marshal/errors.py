import marshal


class Point:
    pass


for value in [Point(), len, [1, object()], {"k": {1, 2, Point()}}, range(3), 1 .__class__]:
    try:
        marshal.dumps(value)
    except ValueError as e:
        print("ValueError:", e)

for data in [b"", b"N", b"i\x01\x00", b"s\x05\x00\x00\x00ab", b"(\x02\x00\x00\x00N",
             b"r\x00\x00\x00\x00", b"\x99", b"{N", b"l\x01\x00\x00\x00\x00\x80",
             b"[\x02\x00\x00\x00NN extra"]:
    try:
        print(repr(marshal.loads(data)))
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

for bad_arg in ["text", 5, None]:
    try:
        marshal.loads(bad_arg)
    except TypeError as e:
        print("TypeError")
try:
    marshal.dumps(1, "4")
except TypeError as e:
    print("TypeError:", e)

nested = []
for _ in range(5000):
    nested = [nested]
try:
    marshal.dumps(nested)
except ValueError as e:
    print("ValueError:", e)
print(marshal.loads(marshal.dumps(1, 4), ))
