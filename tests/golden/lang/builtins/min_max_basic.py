# min and max over arguments or one iterable.
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max((3, 1, 2)))
print(max('hello'), min('hello'), max(range(5)), min({'b': 1, 'a': 2}))
print(min([(1, 'b'), (1, 'a')]), max([[1, 2], [1, 3]]))
print(max([1, 2, 1.5, True]), max([2, 2.0]), min([2.0, 2]), max(1, True), max(True, 1))
print(min({3: 'x', 1: 'y'}.values()), max(x * x for x in [-3, 2]))
