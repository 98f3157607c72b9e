a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, a ^ b)
print(b - a, b ^ a, b & a, b | a)
print(frozenset(a) | b, a | frozenset(b))
print(type(frozenset(a) & b).__name__, type(a & frozenset(b)).__name__)
print(a, b)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] - a
except TypeError as e:
    print(type(e).__name__, e)
