# hashlib with its OpenSSL part blocked, as test suites do to check the builtin hashes.
import sys

sys.modules["_hashlib"] = None
import hashlib

for name in ("md5", "sha1", "sha256", "sha3_256", "blake2s"):
    h = hashlib.new(name, b"corun")
    print(name, h.hexdigest()[:16], h.digest_size, getattr(hashlib, name)(b"corun").hexdigest() == h.hexdigest())
print(hashlib.shake_128(b"x").hexdigest(8), sorted(hashlib.algorithms_available)[:4])
print(hashlib.pbkdf2_hmac("sha256", b"secret", b"salt", 1000).hex()[:24], len(hashlib.pbkdf2_hmac("sha1", b"p" * 100, b"s", 3, 50)))
try:
    hashlib.new("ripemd160")
except ValueError as e:
    print("ValueError:", e)
del sys.modules["_hashlib"], sys.modules["hashlib"]
import hashlib
print(hasattr(hashlib, "pbkdf2_hmac"), hashlib.sha256(b"corun").hexdigest()[:16])
