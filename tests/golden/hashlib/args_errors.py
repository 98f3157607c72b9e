# Wrong calls of hash objects' methods.
import hashlib

h = hashlib.sha256()
calls = [lambda: h.update(), lambda: h.update(b"a", b"b"), lambda: h.digest(1),
         lambda: h.hexdigest(1), lambda: h.copy(1), lambda: hashlib.md5(b"a", b"b"),
         lambda: hashlib.sha256(data=b"x"), lambda: hashlib.sha256(b"x", usedforsecurity=False).hexdigest()[:8]]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
