# bytes() asks an iterable its length first; bytearray() does not.
class Bad:
    def __iter__(self):
        return iter([1, 2, 3])

    def __len__(self):
        raise RuntimeError("no length")


class Counted:
    def __iter__(self):
        return iter(b"abc")


for call in [lambda: bytes(Bad()), lambda: bytearray(Bad()), lambda: bytearray(b"x").extend(Bad()),
             lambda: int.from_bytes(Bad(), "big"), lambda: bytes(Counted()), lambda: bytearray(Counted())]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
holder = bytearray(b"xyz")
holder[:] = Bad()
print(holder)
for value in [5, object(), "ab", 1.5, None, ["a"]]:
    try:
        holder[0:2] = value
        print(holder)
    except TypeError as e:
        print("TypeError:", e)
