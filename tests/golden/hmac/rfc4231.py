# RFC 4231 and RFC 2202 test vectors for HMAC.
import hashlib
import hmac

cases = [
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
]
for key, msg in cases:
    for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
        print(name, hmac.new(key, msg, name).hexdigest())
