# Parsing hex strings from a config file: bytes and ASCII str are both accepted.
import binascii

for text in ["deadbeef", b"DEADBEEF", "00ff10", "", bytearray(b"4142")]:
    print(repr(text), "->", binascii.unhexlify(text))
print(binascii.a2b_hex("cafe"))
for bad in ["abc", "zz", "12 34", b"0g"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    binascii.unhexlify("caf\u00e9")
except ValueError as e:
    print(type(e).__name__, e)
try:
    binascii.unhexlify(12)
except TypeError as e:
    print(type(e).__name__, e)
