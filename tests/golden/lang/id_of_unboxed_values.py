# id() agrees with `is` for the values an interpreter may keep unboxed: numbers, None,
# True, False, Ellipsis, NotImplemented.
values = [0, 1, 2, -1, 255, 256, 2**40, -(2**62), 0.0, -0.0, 1.5, 2.5, float("inf"),
          None, True, False, ..., NotImplemented, "s", (1,), [1]]
ids = [id(v) for v in values]
print(len(set(ids)) == len(values))
for v in values:
    assert id(v) == id(v), v
x = 12345
y = x
print(id(x) == id(y), x is y)
print(id(None) == id(None), id(True) == id(1 == 1), id(False) == id(1 > 2))
print(id(1) == id(True), id(0) == id(False), id(1.0) == id(1))
print(all(isinstance(i, int) and i > 0 for i in ids))

# A memo keyed by id, as copy.deepcopy and pickle keep it.
seen = {}
for v in [3, 3.0, True, None, 3, None]:
    seen.setdefault(id(v), []).append(v)
print(sorted(len(group) for group in seen.values()))
