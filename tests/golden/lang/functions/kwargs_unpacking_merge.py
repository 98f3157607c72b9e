# Several ** unpackings in one call; keys must be strings.
def f(**kw):
    return kw
print(f(**{'a': 1}, **{'b': 2}, c=3))
try:
    f(**{1: 'x'})
except TypeError as e:
    print(type(e).__name__, e)
def g(a, b, c):
    return a + b + c
print(g(*[1], *(2,), **{'c': 3}))
print(g(1, *[], **{}, b=2, c=3))
