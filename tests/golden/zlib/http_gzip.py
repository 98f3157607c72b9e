# Decoding HTTP bodies sent with Content-Encoding gzip or deflate.
import zlib

body = b'{"items": [' + b", ".join(b'{"id": %d}' % i for i in range(50)) + b"]}"
gz = zlib.compress(body, 6, 31)
deflated = zlib.compress(body)
raw = zlib.compress(body, wbits=-15)
print(gz[:10].hex(), len(gz), len(deflated), len(raw))
for enc, payload in [("gzip", gz), ("deflate", deflated)]:
    d = zlib.decompressobj(zlib.MAX_WBITS | 32)
    print(enc, d.decompress(payload) == body, d.eof)
print(zlib.decompress(raw, -zlib.MAX_WBITS) == body)
