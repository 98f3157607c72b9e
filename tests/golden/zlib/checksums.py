# crc32 and adler32, whole and running.
import zlib

data = b"Wikipedia"
print(zlib.adler32(data), hex(zlib.adler32(data)), zlib.crc32(data))
run_a, run_c = 1, 0
for chunk in [b"Wiki", b"pe", b"dia"]:
    run_a = zlib.adler32(chunk, run_a)
    run_c = zlib.crc32(chunk, run_c)
print(run_a == zlib.adler32(data), run_c == zlib.crc32(data))
print(zlib.adler32(b""), zlib.adler32(b"", 0), zlib.crc32(b""), zlib.crc32(b"", 7))
big = bytes(range(256)) * 400
print(zlib.adler32(big), zlib.crc32(big), zlib.adler32(big, 2**32 + 3))
print(zlib.crc32(bytearray(b"x")), zlib.adler32(memoryview(b"x")))
for f in (zlib.crc32, zlib.adler32):
    try:
        f("text")
    except TypeError as e:
        print("TypeError:", e)
