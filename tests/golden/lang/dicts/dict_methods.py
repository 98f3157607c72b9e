counts = {}
for w in ["a", "b", "a", "c", "a", "b"]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(counts.setdefault("d", 7), counts.setdefault("a", 99), counts)
print(counts.pop("d"), counts.pop("nope", "default"), counts)
print(counts.popitem(), counts)
counts.update({"z": 26}, y=25)
counts.update([("x", 24)])
print(counts)
c = counts.copy()
c.clear()
print(c, counts)
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged)
squares = {n: n * n for n in range(5) if n != 2}
print(squares)
