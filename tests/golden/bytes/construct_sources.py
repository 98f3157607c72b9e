# Every way of making bytes and bytearray objects.
print(bytes(), bytearray())
print(bytes(4), bytearray(2))
print(bytes([72, 105, 33]), bytearray(range(65, 70)))
print(bytes((x * 2 for x in range(5))))
print(bytes("naïve café", "utf-8"))
print(bytes("naïve", encoding="latin-1"), bytearray("abc", "ascii"))
print(bytes(b"copy"), bytes(bytearray(b"from array")), bytes(memoryview(b"view")))
print(bytearray(b"abc"), bytearray(bytearray(b"xyz")))


class Packet:
    def __bytes__(self):
        return b"\x01\x02payload"


print(bytes(Packet()))


class Size:
    def __index__(self):
        return 3


print(bytes(Size()), bytearray(Size()))
for bad in [lambda: bytes("text"), lambda: bytes(5, "utf-8"), lambda: bytes(-1),
            lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes(1.5),
            lambda: bytes(b"a", errors="strict"), lambda: bytearray([300]),
            lambda: bytearray(2.5), lambda: bytearray("abc"), lambda: bytes("é", "ascii")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
