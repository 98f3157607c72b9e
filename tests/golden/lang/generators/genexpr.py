print(sum(x * x for x in range(10)))
g = (c.upper() for c in "abc")
print(g)
print(next(g), list(g))
pairs = list((i, j) for i in range(3) for j in range(i) if j != 1)
print(pairs)
print(max(len(w) for w in ["a", "abc", "ab"]))
n = 10
print(list(x + n for x in range(3)))
