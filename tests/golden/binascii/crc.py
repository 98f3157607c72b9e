# CRC-32 checksums, computed at once and incrementally over chunks, and CRC-CCITT.
import binascii

data = b"The quick brown fox jumps over the lazy dog"
print(binascii.crc32(data), hex(binascii.crc32(data)))
crc = 0
for i in range(0, len(data), 7):
    crc = binascii.crc32(data[i:i + 7], crc)
print(crc == binascii.crc32(data))
print(binascii.crc32(b""), binascii.crc32(b"", 12345), binascii.crc32(b"a", -1))
print(binascii.crc32(b"hello", 2**40 + 5))
print(binascii.crc32(bytearray(b"123456789")))
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0xFFFF))
print(binascii.crc_hqx(b"", 0x1234), binascii.crc_hqx(b"abc", 0x10000 + 7))
try:
    binascii.crc32("text")
except TypeError as e:
    print("TypeError:", e)
try:
    binascii.crc_hqx(b"x")
except TypeError as e:
    print("TypeError:", e)
