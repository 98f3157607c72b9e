print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), frozenset({1}) == {1})
print({1, 2} != {1}, {1} == [1], set() == frozenset())
print({1, 2.0} == {1.0, 2}, [{1}] == [{1}])
