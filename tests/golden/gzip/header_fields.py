# Members with a file name, comment, extra field and header CRC (as gzip tools write them).
import gzip
import struct
import zlib

data = b"named member contents\n"
body = zlib.compress(data, 9, -15)
trailer = struct.pack("<II", zlib.crc32(data), len(data))
flags = gzip.FNAME | gzip.FCOMMENT | gzip.FEXTRA | gzip.FHCRC
header = struct.pack("<BBBBIBB", 0x1F, 0x8B, 8, flags, 1234, 2, 3)
header += struct.pack("<H", 4) + b"abcd" + b"file.txt\0" + b"a comment\0"
header += struct.pack("<H", zlib.crc32(header) & 0xFFFF)
print(gzip.decompress(header + body + trailer))
