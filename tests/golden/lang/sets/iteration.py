s = {4, 2, 9, 1}
for x in s:
    print(x, end=" ")
print()
print(list(s), sorted(s, reverse=True), sum(s), min(s), max(s))
it = iter(s)
print(next(it), next(it), type(it).__name__)
print([x * 2 for x in frozenset({3, 1})])
print(list(enumerate({7, 6})))
