# copy() forks a running hash: a common prefix hashed once, many suffixes.
import hashlib

prefix = hashlib.sha256(b"common header|")
results = {}
for suffix in [b"alpha", b"beta", b"gamma"]:
    h = prefix.copy()
    h.update(suffix)
    results[suffix] = h.hexdigest()
    print(suffix, h.hexdigest() == hashlib.sha256(b"common header|" + suffix).hexdigest())
print(prefix.hexdigest() == hashlib.sha256(b"common header|").hexdigest())
x = hashlib.shake_256(b"seed")
y = x.copy()
y.update(b"more")
print(x.hexdigest(8), y.hexdigest(8))
d1 = hashlib.md5(b"a")
print(d1.digest() == d1.digest(), d1.hexdigest() == d1.digest().hex())
print(type(prefix.copy()).__name__, prefix.copy().name)
