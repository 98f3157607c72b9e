# __defaults__ and __kwdefaults__ of functions and lambdas.
def f(x, y=2, *args, k=3, j, **kw):
    pass

def g():
    pass

def k(a, b=1, /, c=2, *, d=4):
    pass

print(f.__defaults__, f.__kwdefaults__)
print(g.__defaults__, g.__kwdefaults__)
print(k.__defaults__, k.__kwdefaults__)
lam = lambda q=[1], *, r=None: q
print(lam.__defaults__, lam.__kwdefaults__, lam.__name__)
lam.__defaults__[0].append(2)
print(lam())
