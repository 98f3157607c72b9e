# Base64 the way MIME encoders call binascii: with and without the trailing newline.
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:20]]:
    line = binascii.b2a_base64(data)
    print(line, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(line) == data)
print(binascii.a2b_base64("aGVsbG8gd29ybGQ="))
print(binascii.a2b_base64(b"aGVs\nbG8g\nd29y\nbGQ=\n"))
print(binascii.a2b_base64(b"aGVsbG8=trailing junk is ignored"))
print(binascii.a2b_base64(b"!!aGVs**bG8="))
