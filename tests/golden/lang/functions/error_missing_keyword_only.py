# TypeError messages for missing keyword-only arguments.
def f(*, a):
    pass
def g(x, *, a, b):
    pass
def h(*args, key, other=0):
    pass
for call in [lambda: f(), lambda: g(1), lambda: g(1, b=2), lambda: h(1, 2), lambda: g()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
