# TypeError messages for too many positional arguments.
def f(a, b):
    pass
def g():
    pass
def h(a, b=2):
    pass
def k(a, *, b):
    pass
for call in [lambda: f(1, 2, 3), lambda: g(1), lambda: h(1, 2, 3, 4), lambda: k(1, 2),
             lambda: k(1, 2, b=3), lambda: (lambda x: x)(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
