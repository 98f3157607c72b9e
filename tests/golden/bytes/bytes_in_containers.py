# Bytes as dict keys, set members and sort keys in a small cache.
cache = {}
for key in [b"alpha", b"beta", bytes(b"alpha"), b"al" + b"pha"]:
    cache[key] = cache.get(key, 0) + 1
print(cache)
print(sorted({b"z", b"a", b"m"}), sorted([b"b2", b"a10", b"a9"], key=len))
print({b"x": 1} == {bytes([120]): 1}, b"k" in {b"k": 0}, list({b"one": 1}.keys()))
print(max([b"abc", b"abd", b"ab"]), [b"c", b"a"].index(b"a"), (b"t", 1) < (b"t", 2))
