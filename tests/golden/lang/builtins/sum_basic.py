# sum adds left to right, starting from start.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)))
print(sum([1, 2.5, 3]), sum([True, True, True]), sum([2**62, 2**62, 2**62]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2], start=0.5))
print(sum(x * x for x in range(4)), sum({1: 'a', 2: 'b'}))
