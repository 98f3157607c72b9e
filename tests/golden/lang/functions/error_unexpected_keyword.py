# TypeError messages for unexpected keyword arguments.
def f(a):
    pass
def g():
    pass
def p(x, /):
    pass
for call in [lambda: f(1, b=2), lambda: g(z=1), lambda: f(a=1, c=3, d=4), lambda: p(x=1),
             lambda: f(**{'nope': 1})]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
