# Integers at the edges of each size, bools, and objects with __index__.
import struct


class Port:
    def __index__(self):
        return 8080


for code, lo, hi in [("b", -128, 127), ("B", 0, 255), ("h", -32768, 32767), ("H", 0, 65535),
                     ("i", -2**31, 2**31 - 1), ("I", 0, 2**32 - 1), ("q", -2**63, 2**63 - 1),
                     ("Q", 0, 2**64 - 1)]:
    for order in "<>":
        fmt = order + code
        print(fmt, struct.unpack(fmt, struct.pack(fmt, lo)), struct.unpack(fmt, struct.pack(fmt, hi)))
    for bad in (lo - 1, hi + 1):
        try:
            struct.pack("<" + code, bad)
        except struct.error as e:
            print(" ", code, bad, "->", e)
print(struct.pack("<H", Port()), struct.pack("?", 5), struct.pack("?", ""), struct.unpack("??", b"\x00\x07"))
print(struct.pack("<i", True), struct.pack("<4B", 1, 2, 3, 4))
try:
    struct.pack("<i", 2.0)
except struct.error as e:
    print(e)
