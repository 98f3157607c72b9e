# **kwargs collects extra keyword arguments into a dict, in call order.
def f(a, **kw):
    return a, kw, type(kw).__name__
print(f(1))
print(f(1, z=2, y=3))
print(f(**{'a': 0, 'b': 1}))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(1, 2, x=3, w=4))
d = {'q': 1}
print(g(*(), **d, r=2))
def h(**kw):
    kw['added'] = True
    return kw
src = {'k': 1}
print(h(**src), src)
