# Iterator types by name (as tests and type checks print them), numbers read from byte buffers,
# and enumerate called with keywords.
data = {"a": 1, "b": 2}
for it in [iter([1, 2]), iter((1, 2)), iter(range(2)), iter("abc"), iter("żółw"), iter(data),
           iter(data.values()), iter(data.items()), iter({1, 2}), iter(b"xy"),
           iter(bytearray(b"xy")), enumerate("ab"), zip("ab", "cd"), reversed([1, 2])]:
    t = type(it)
    print(t.__name__, next(it, None), t.__next__(it))

buf = bytearray(b"  42 ")
print(int(buf), int(bytearray(b"ff"), 16), float(bytearray(b"2.5")), int(b"0x1f", 0))
try:
    int(bytearray(b"4x2"))
except ValueError as e:
    print("ValueError:", e)

print(list(enumerate(iterable="ab", start=1)), list(enumerate("xy", start=10)))
try:
    enumerate()
except TypeError as e:
    print("TypeError:", e)
