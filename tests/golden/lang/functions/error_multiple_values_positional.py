# TypeError message for an argument given both positionally and by keyword.
def f(a, b=2):
    pass
def g(a, *args):
    pass
for call in [lambda: f(1, a=2), lambda: f(1, 2, b=3), lambda: g(1, 2, a=3),
             lambda: f(*[1], **{'a': 1})]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
