# Functions of the module exist under their names.
import binascii

names = ["hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64", "a2b_base64", "crc32", "crc_hqx", "Error", "Incomplete"]
for n in names:
    print(n, hasattr(binascii, n))
print(binascii.hexlify.__name__, binascii.crc32.__name__)
