# A growable buffer class built on bytearray.
class Buffer(bytearray):
    def write_u16(self, n):
        self.extend(n.to_bytes(2, "big"))
        return self

    def checksum(self):
        return sum(self) % 256


b = Buffer(b"\x01")
b.write_u16(0x1234).write_u16(7)
print(b, len(b), b.checksum(), b[1], b[1:3], isinstance(b, bytearray), type(b).__name__)
b[0] = 0xFF
b += b"\x00"
del b[-1]
print(b, list(b), b == bytearray(b"\xff\x12\x34\x00\x07"), 0x34 in b, b.hex(" "), bytes(b))


class Stamped(bytearray):
    def __new__(cls, data):
        self = super().__new__(cls, data)
        self.stamp = "v1"
        return self


s = Stamped.fromhex("a0 a1")
print(s, s.stamp, type(s).__name__, Stamped(b"xy").upper())
