# The input types each function takes.
import binascii

inputs = [b"hi", bytearray(b"hi"), memoryview(b"hi"), "hi"]
for data in inputs:
    row = [type(data).__name__]
    for f in (binascii.hexlify, binascii.b2a_base64, binascii.crc32):
        try:
            f(data)
            row.append("ok")
        except TypeError as e:
            row.append(str(e))
    print(row)
for data in [b"6869", bytearray(b"6869"), "6869", memoryview(b"6869")]:
    print(type(data).__name__, binascii.unhexlify(data), binascii.a2b_base64(binascii.b2a_base64(binascii.unhexlify(data))))
