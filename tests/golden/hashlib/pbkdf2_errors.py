# Argument errors of pbkdf2_hmac.
import hashlib

cases = [
    ("sha256", b"p", b"s", 0, None),
    ("sha256", b"p", b"s", -5, None),
    ("sha256", b"p", b"s", 1, 0),
    ("sha256", "p", b"s", 1, None),
    ("sha256", b"p", "s", 1, None),
    ("sha256", b"p", b"s", "1", None),
]
for args in cases:
    try:
        print(hashlib.pbkdf2_hmac(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    hashlib.pbkdf2_hmac(b"sha256", b"p", b"s", 1)
except TypeError as e:
    print(type(e).__name__, e)
