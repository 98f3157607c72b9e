def f(a, *args, b=2, **kwargs):
    print(a, args, b, kwargs)


f(1)
f(1, 2, 3, b=4, c=5, d=6)
opts = {"b": 20, "e": 7}
f(0, **opts)


def g(**kw):
    return kw


print(g(x=1, y=2))
