# A gzip member made with zlib: header, deflate data, then the CRC-32 and length.
import struct
import zlib

data = b"gzip via zlib\n" * 20
member = zlib.compress(data, 9, 31)
print(member[:10].hex())
crc, size = struct.unpack("<II", member[-8:])
print(crc == zlib.crc32(data), size == len(data))
print(zlib.decompress(member, 31) == data, zlib.decompress(member, 47) == data)
try:
    zlib.decompress(member)
except zlib.error as e:
    print(e)
