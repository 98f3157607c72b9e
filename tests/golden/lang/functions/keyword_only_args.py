# Parameters after * or *args are keyword-only.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=9, b=8))
def g(*args, flag=False):
    return args, flag
print(g(1, 2), g(1, flag=True))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
