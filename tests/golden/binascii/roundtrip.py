# Round trips of random-looking data through hex and base64.
import binascii

seed = 12345
blob = bytearray()
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2**31
    blob.append(seed >> 16 & 0xFF)
blob = bytes(blob)
h = binascii.hexlify(blob)
b = binascii.b2a_base64(blob)
print(len(h), len(b), h[:40], b[:40])
print(binascii.unhexlify(h) == blob, binascii.a2b_base64(b) == blob)
print(binascii.unhexlify(h.upper()) == blob)
print(binascii.crc32(blob), binascii.crc_hqx(blob, 0))
for n in range(8):
    piece = blob[:n]
    assert binascii.a2b_base64(binascii.b2a_base64(piece)) == piece
print("ok")
