# hashlib.new by name, in any case, and the algorithm sets.
import hashlib

for name in ["sha256", "SHA256", "Md5", "sha3_512", "blake2s", "sha512_256"]:
    h = hashlib.new(name, b"data")
    print(name, h.name, h.hexdigest()[:24])
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(type(hashlib.algorithms_guaranteed).__name__, type(hashlib.algorithms_available).__name__)
for bad in ["sha257", "", "sha-256"]:
    try:
        hashlib.new(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    hashlib.new(None)
except TypeError as e:
    print("TypeError:", e)
print(hashlib.new("sha1", data=b"abc").hexdigest())
print(hashlib.new("blake2b", b"abc", digest_size=8).hexdigest())
