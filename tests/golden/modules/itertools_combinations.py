import itertools

print(list(itertools.combinations("ABCD", 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations([1, 2], 3)), list(itertools.combinations("ab", 0)))
print(list(itertools.combinations_with_replacement("ABC", 2)))
print(list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement([], 0)))
try:
    itertools.combinations("ab", -1)
except ValueError as e:
    print("ValueError:", e)
