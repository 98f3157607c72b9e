import itertools

print(list(itertools.permutations("ABC")))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations([1, 2], 3)), list(itertools.permutations([], 0)))
print(["".join(p) for p in itertools.permutations("abc", 1)])
