# int.to_bytes and int.from_bytes for binary integers.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((255).to_bytes(), (0).to_bytes(0, "big"), (0).to_bytes(3, "little"), (2 ** 64).to_bytes(9, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\x04\x00"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"", "big"))
print(int.from_bytes([1, 0], "big"), int.from_bytes(bytearray(b"\x01\x02"), "little"), int.from_bytes(b"\x80" + bytes(15), "big", signed=True))
for n in [0, 1, -1, 300, -300, 2 ** 40, -(2 ** 40)]:
    raw = n.to_bytes(8, "big", signed=True)
    print(n, raw.hex(), int.from_bytes(raw, "big", signed=True) == n)


class Flags(int):
    pass


print(type(Flags.from_bytes(b"\x01", "big")).__name__, bool.from_bytes(b"\x01", "big"))
for call in [lambda: (300).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(-1, "big"),
             lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("a", "big"), lambda: (128).to_bytes(1, "big", signed=True)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
