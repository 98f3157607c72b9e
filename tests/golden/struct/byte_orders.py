# The same values in each byte order and size mode.
import struct

for order in "@=<>!":
    fmt = order + "bhilq"
    data = struct.pack(fmt, 1, 2, 3, 4, 5)
    print(repr(order), struct.calcsize(fmt), data.hex())
    print(struct.unpack(fmt, data))
print(struct.pack(">I", 0xDEADBEEF), struct.pack("<I", 0xDEADBEEF))
print(struct.unpack(">H", b"\x01\x02"), struct.unpack("<H", b"\x01\x02"))
print(struct.pack("!h", -2), struct.unpack("!h", b"\xff\xfe"))
print(struct.calcsize("@ci"), struct.calcsize("=ci"), struct.calcsize("@cq"), struct.calcsize("@qc"))
print(struct.calcsize("@c0i"), struct.calcsize("@c0q"), struct.calcsize(" < h  h "))
