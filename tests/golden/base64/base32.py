# Base32 as used for TOTP secrets, with the RFC 4648 test vectors.
import base64

vectors = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]
for v in vectors:
    e = base64.b32encode(v)
    h = base64.b32hexencode(v)
    print(v, e, h, base64.b32decode(e) == v, base64.b32hexdecode(h) == v)
secret = "jbswy3dpehpk3pxp"
print(base64.b32decode(secret, casefold=True))
print(base64.b32decode(b"MFRGG===".lower(), casefold=True))
print(base64.b32decode(b"0I======", map01=b"L"), base64.b32decode(b"01======", map01="I"))
print(base64.b32hexdecode("cpnmuoj1e8======".upper()))
