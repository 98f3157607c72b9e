# struct.pack_into and unpack_from work on bytearrays, arrays and writable views.
import struct
from array import array

header = struct.Struct("<HHI")
buf = bytearray(12)
header.pack_into(buf, 2, 1, 2, 3)
print(buf, header.unpack_from(buf, 2))
arr = array("B", bytes(8))
struct.pack_into("<i", arr, 4, -2)
print(arr, struct.unpack_from("<i", arr, 4), struct.unpack_from("<4B", arr))
view = memoryview(bytearray(6))
struct.pack_into(">H", view, 1, 0xABCD)
print(view.tobytes(), struct.unpack_from(">H", view[1:]))
sub = memoryview(buf)[4:8]
struct.pack_into("<I", sub, 0, 0x01020304)
print(buf)
for target in (b"abcd", memoryview(b"abcd")):
    try:
        struct.pack_into("b", target, 0, 1)
    except TypeError as e:
        print("TypeError:", e)
try:
    struct.pack_into("<I", bytearray(3), 0, 1)
except struct.error as e:
    print("struct.error:", e)
print(list(struct.iter_unpack("<h", array("h", [5, -5, 7]))))
