import itertools

print(list(itertools.chain("ABC", [1, 2], (3,))))
print(list(itertools.chain()))
print(list(itertools.chain.from_iterable(["ab", "cd", ""])))
print(list(itertools.chain.from_iterable([x] * x for x in range(4))))
c = itertools.chain([1], [2])
print(type(c).__name__, next(c), next(c), next(c, "end"))
