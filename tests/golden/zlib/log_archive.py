# Compressing a log before storing it, with its size and checksum.
import zlib

lines = [f"2024-01-{d:02d} 12:{m:02d}:00 INFO request served path=/api/v1/items/{d * m} status=200"
         for d in range(1, 29) for m in range(0, 60, 7)]
raw = "\n".join(lines).encode()
packed = zlib.compress(raw, 9)
print(len(raw), len(packed), f"{len(packed) / len(raw):.3f}")
print(hex(zlib.crc32(raw)), hex(zlib.adler32(raw)))
print(zlib.decompress(packed).decode().splitlines()[5])
print(packed[:16].hex())
