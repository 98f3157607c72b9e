# A hand-written base16/base64 style encoder over bytes.
ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\x00"), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.extend(chars[:keep])
        out.extend(b"=" * (4 - keep))
    return bytes(out)


for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "ünï".encode()]:
    print(s, b64(s), b64(s).decode("ascii"))
print(b"".join(b"%02X" % c for c in b"\x00\x7f\xff"))
