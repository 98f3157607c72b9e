# BLAKE2 with digest sizes, keys, salts and personalisation strings.
import hashlib

msg = b"message to authenticate"
for size in (1, 16, 32, 64):
    print(size, hashlib.blake2b(msg, digest_size=size).hexdigest())
for size in (1, 16, 32):
    print(size, hashlib.blake2s(msg, digest_size=size).hexdigest())
mac = hashlib.blake2b(msg, key=b"secret key", digest_size=32)
print(mac.hexdigest(), mac.digest_size, mac.block_size, mac.name)
print(hashlib.blake2b(msg, salt=b"0123456789abcdef", person=b"my app v1").hexdigest())
print(hashlib.blake2s(msg, salt=b"12345678", person=b"app").hexdigest())
print(hashlib.blake2s(key=b"k" * 32).hexdigest())
print(hashlib.blake2b(b"", key=b"k" * 64).hexdigest())
h = hashlib.blake2b(digest_size=10, key=b"abc")
h.update(b"part one, ")
h.update(b"part two")
print(h.hexdigest() == hashlib.blake2b(b"part one, part two", digest_size=10, key=b"abc").hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE if hasattr(hashlib.blake2b, "MAX_DIGEST_SIZE") else 64)
