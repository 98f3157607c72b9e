a = {1, 2, 3}
print(a.union([3, 4], (5,)), a.union())
print(a.intersection([2, 3, 4]), a.intersection({3}, {3, 4}), a.intersection())
print(a.difference([1]), a.difference({1}, {2}), a.difference())
print(a.symmetric_difference([3, 4]))
f = frozenset(a)
print(f.union([7]), f.intersection([1]), f.difference([2]), f.symmetric_difference({9}))
print(a)
