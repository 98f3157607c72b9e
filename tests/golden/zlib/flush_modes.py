# Sync and full flushes make the data so far decodable before the stream ends.
import zlib

c = zlib.compressobj()
first = c.compress(b"message one;") + c.flush(zlib.Z_SYNC_FLUSH)
print(first.hex(), first.endswith(b"\x00\x00\xff\xff"))
d = zlib.decompressobj()
print(d.decompress(first))
second = c.compress(b"message two;") + c.flush(zlib.Z_FULL_FLUSH)
print(d.decompress(second))
last = c.compress(b"bye") + c.flush(zlib.Z_FINISH)
print(d.decompress(last), d.eof)
print((first + second + last).hex())
