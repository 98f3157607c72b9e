# Round trips over sizes around block and window boundaries.
import zlib

for n in [0, 1, 2, 255, 256, 1000, 32767, 32768, 32769, 65536, 200000]:
    data = bytes((i * 31 + i // 7) % 251 for i in range(n))
    c = zlib.compress(data)
    print(n, len(c), zlib.crc32(c), zlib.decompress(c) == data)
