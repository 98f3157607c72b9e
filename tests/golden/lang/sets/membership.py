s = {1, 2, 3}
print(2 in s, 5 in s, 5 not in s, 2.0 in s, True in s)
f = frozenset({(1, 2)})
print((1, 2) in f, [1] in [[1]])
print({1} in {frozenset({1})})
try:
    print([1] in s)
except TypeError as e:
    print(type(e).__name__, e)
