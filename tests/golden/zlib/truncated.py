# Damaged and truncated streams give zlib's messages.
import zlib

good = zlib.compress(b"some data worth keeping " * 10)
cases = {"truncated": good[:-4], "header only": good[:2], "bad header": b"\x00" + good[1:],
         "flipped bit": good[:10] + bytes([good[10] ^ 0x40]) + good[11:], "bad checksum": good[:-1] + bytes([good[-1] ^ 1]),
         "empty": b""}
for name, blob in cases.items():
    try:
        zlib.decompress(blob)
        print(name, "ok")
    except zlib.error as e:
        print(name, "->", e)
