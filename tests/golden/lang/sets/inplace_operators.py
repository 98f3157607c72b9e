a = {1, 2, 3}
alias = a
a |= {10, 20}
print(a, alias is a)
a &= {1, 2, 10, 99}
print(a, alias)
a -= {1}
print(a)
a ^= {2, 50}
print(a, alias)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
try:
    a |= [1]
except TypeError as e:
    print(type(e).__name__, e)
