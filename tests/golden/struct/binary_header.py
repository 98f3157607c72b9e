# Reading and writing a binary file header with a Struct, as file-format code does.
import struct

HEADER = struct.Struct("<4sHHIQ")
print(HEADER.size, HEADER.format)
raw = HEADER.pack(b"CRN1", 2, 7, 1024, 2**40)
print(raw, len(raw))
magic, major, minor, count, offset = HEADER.unpack(raw)
print(magic, major, minor, count, offset)
buf = bytearray(32)
HEADER.pack_into(buf, 4, b"ABCD", 1, 0, 5, 6)
print(buf)
print(HEADER.unpack_from(buf, 4))
print(HEADER.unpack_from(buf, offset=4) == HEADER.unpack(bytes(buf[4:4 + HEADER.size])))
records = b"".join(struct.pack("<hf", i, i / 4) for i in range(4))
for rec in struct.iter_unpack("<hf", records):
    print(rec)
