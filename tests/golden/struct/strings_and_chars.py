# The s, p and c codes: fixed-width strings, Pascal strings and single bytes.
import struct

print(struct.pack("5s", b"hi"), struct.pack("2s", b"hello"), struct.pack("0s", b"x"))
print(struct.unpack("5s", b"hi\x00\x00\x00"))
print(struct.pack("6p", b"abc"), struct.pack("3p", b"abcdef"), struct.unpack("6p", b"\x03abc\x00\x00"))
print(struct.pack("3c", b"a", b"b", b"c"), struct.unpack("3c", b"xyz"))
print(struct.pack("10s", bytearray(b"ba")), struct.pack("4s", memoryview(b"mv")))
name, age = struct.unpack("<8sB", struct.pack("<8sB", b"Ada", 36))
print(name.rstrip(b"\x00").decode(), age)
for bad in [lambda: struct.pack("c", b""), lambda: struct.pack("c", "a"),
            lambda: struct.pack("s", 5), lambda: struct.pack("p", "x")]:
    try:
        bad()
    except struct.error as e:
        print("error:", e)
