d = {frozenset({1, 2}): 'a', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()])
print(frozenset({1, 2}) in d, {1, 2} == frozenset({1, 2}))
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print({(frozenset({3}), 1): 'x'}[(frozenset({3}), 1)])
