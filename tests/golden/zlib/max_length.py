# Bounded decompression (protecting against decompression bombs) with max_length.
import zlib

bomb = zlib.compress(b"\0" * 1_000_000)
print(len(bomb))
d = zlib.decompressobj()
chunk = d.decompress(bomb, 1024)
print(len(chunk), len(d.unconsumed_tail) > 0, d.eof)
total = len(chunk)
while d.unconsumed_tail and total < 100_000:
    total += len(d.decompress(d.unconsumed_tail, 10_000))
print(total, d.eof)
rest = d.decompress(d.unconsumed_tail)
print(total + len(rest), d.eof)
