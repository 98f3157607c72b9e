import itertools

print([k for k, g in itertools.groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in itertools.groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
groups = list(itertools.groupby([1, 1, 2]))
print([(k, list(g)) for k, g in groups])
for k, g in itertools.groupby([1, 2, 2, 3, 3, 3], key=lambda x: x % 2):
    print(k, sum(g))
