# SHAKE extendable-output functions: any output length.
import hashlib

for name in ("shake_128", "shake_256"):
    h = hashlib.new(name, b"The quick brown fox")
    print(name, h.digest_size, h.block_size, h.name)
    for n in (0, 1, 16, 32, 100):
        print(n, h.hexdigest(n))
    print(h.digest(8), h.digest(length=8) == h.digest(8))
    longer = h.digest(64)
    print(longer[:32] == h.digest(32))
print(hashlib.shake_128().hexdigest(10))
try:
    hashlib.shake_128(b"x").hexdigest()
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.shake_256(b"x").digest()
except TypeError as e:
    print("TypeError:", e)
