# Text must be encoded before it is hashed.
import hashlib

h = hashlib.sha256()
for value in ["text", 42, None, [1], b"ok", bytearray(b"ok"), memoryview(b"ok")]:
    try:
        h.update(value)
        print("updated with", type(value).__name__)
    except TypeError as e:
        print(type(value).__name__, "->", e)
print(h.hexdigest())
try:
    hashlib.md5("text")
except TypeError as e:
    print(e)
print(hashlib.md5("text".encode("utf-8")).hexdigest())
print(hashlib.sha1("caf\u00e9".encode()).hexdigest())
