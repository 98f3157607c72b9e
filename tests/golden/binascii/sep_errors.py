# Separator arguments of hexlify that are rejected.
import binascii

for sep in ["::", b"", "\u00e9", 5]:
    try:
        print(binascii.hexlify(b"abc", sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    binascii.hexlify("abc")
except TypeError as e:
    print(type(e).__name__, e)
print(binascii.hexlify(b"abcdefg", bytes_per_sep=3, sep="|"))
print(binascii.hexlify(b"abcdefg", "|", 10))
print(binascii.hexlify(data=b"ab", sep=" "))
