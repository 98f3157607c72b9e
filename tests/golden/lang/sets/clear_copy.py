s = {1, 2, 3}
c = s.copy()
s.clear()
print(s, c, c is s)
f = frozenset({1})
print(f.copy() is f, f.copy())
s.add(100)
print(s)
