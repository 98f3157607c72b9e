a = {1, 2}
print(a.issubset({1, 2, 3}), a.issubset([1]), a.issubset(range(5)))
print(a.issuperset([1]), a.issuperset({1, 2, 3}), a.issuperset(()))
print(a.isdisjoint([3, 4]), a.isdisjoint({2}), frozenset().isdisjoint(a))
print(frozenset(a).issubset(a), frozenset(a).issuperset([2]))
