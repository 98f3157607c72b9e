# sorted returns a new sorted list of any iterable.
print(sorted([3, 1, 2]), sorted('banana'), sorted([]), sorted(range(10, 0, -2)))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items()))
print(sorted([1.5, 1, True, 0.5]), sorted([(2, 'a'), (1, 'b'), (2, 'c'), (1, 'a')]))
print(sorted([[1, 2], [1], [0, 5]]), sorted(['b', 'A', 'c', 'B']))
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is b)
