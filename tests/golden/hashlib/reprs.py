# The reprs and types of hash objects.
import hashlib

for h in [hashlib.md5(), hashlib.sha256(), hashlib.sha3_256(), hashlib.shake_128(), hashlib.blake2b(), hashlib.blake2s()]:
    t = type(h)
    print(repr(h), t.__module__, t.__name__)
print(hashlib.md5, hashlib.blake2b)
print(type(hashlib.sha1()) is type(hashlib.sha512()))
print(isinstance(hashlib.blake2b(), hashlib.blake2b))
