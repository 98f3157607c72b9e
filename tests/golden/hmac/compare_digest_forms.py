# Checking a signature in constant time, with every argument form compare_digest takes.
import hashlib
import hmac
from _operator import _compare_digest

key = b"secret-key"
msg = b"order=42&amount=17.50"
good = hmac.new(key, msg, hashlib.sha256).hexdigest()
for candidate in (good, good[:-1] + "0", good.upper(), ""):
    print(hmac.compare_digest(good, candidate), _compare_digest(good, candidate))
raw = hmac.digest(key, msg, "sha256")
print(hmac.compare_digest(raw, bytearray(raw)), hmac.compare_digest(memoryview(raw), raw[:-1]))
print(_compare_digest is hmac.compare_digest, callable(_compare_digest))
for a, b in (("abc", b"abc"), (b"x", 1), ("\u00e9", "\u00e9"), (None, None)):
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)
