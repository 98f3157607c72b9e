# Call forms: keyword arguments and the argument errors of the binder.
import binascii

print(binascii.b2a_base64(b"hi", newline=False))
print(binascii.a2b_base64(b"aGk=", strict_mode=True))
for call in [lambda: binascii.crc32(), lambda: binascii.crc32(b"a", 1, 2),
             lambda: binascii.b2a_base64(b"x", False), lambda: binascii.unhexlify()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
