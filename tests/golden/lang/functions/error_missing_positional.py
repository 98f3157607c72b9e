# TypeError messages for missing positional arguments.
def f(a, b):
    pass
def g(a, b, c, d=1):
    pass
def p(x, /, y):
    pass
for call in [lambda: f(), lambda: f(1), lambda: g(1), lambda: g(), lambda: p(y=1),
             lambda: (lambda q: q)()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
