# Streaming a large payload through compressobj/decompressobj in small pieces.
import zlib

payload = b"".join(b"record %06d: %s\n" % (i, b"x" * (i % 50)) for i in range(3000))
comp = zlib.compressobj(6)
stream = []
for i in range(0, len(payload), 4096):
    stream.append(comp.compress(payload[i:i + 4096]))
stream.append(comp.flush())
blob = b"".join(stream)
print(len(payload), len(blob), blob == zlib.compress(payload))
dec = zlib.decompressobj()
out = []
for i in range(0, len(blob), 1000):
    out.append(dec.decompress(blob[i:i + 1000]))
out.append(dec.flush())
print(b"".join(out) == payload, dec.eof, dec.unused_data)
