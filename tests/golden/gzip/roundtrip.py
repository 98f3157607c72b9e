# gzip.compress/decompress with a fixed mtime, so the bytes are reproducible.
import gzip

data = b"gzip me, please\n" * 50
for level in (1, 6, 9):
    for mtime in (0, 1700000000):
        blob = gzip.compress(data, level, mtime=mtime)
        print(level, mtime, len(blob), blob[:10].hex(), gzip.decompress(blob) == data)
print(gzip.compress(b"", mtime=0).hex())
print(gzip.decompress(gzip.compress(b"")))
blob = gzip.compress(data)
print(blob[:4].hex(), blob[8:10].hex(), gzip.decompress(blob) == data)
