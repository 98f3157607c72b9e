# CPython's messages for a bad * or ** argument name the function called.
def f(*a, **k):
    pass

def outer():
    return lambda x: x

cases = [
    lambda: f(*1),
    lambda: f(*None),
    lambda: f(*1, a=1),
    lambda: f(1, *2),
    lambda: f(*[1], *2),
    lambda: f(**[1]),
    lambda: f(a=1, **[1]),
    lambda: f(1, **{"a": 1}, **1),
    lambda: f(**{1: 2}),
    lambda: outer()(*1),
    lambda: print(*1),
    lambda: print(**[1]),
    lambda: len(*5),
    lambda: max(*3),
    lambda: [].append(*1),
    lambda: "".join(**[1]),
    lambda: dict(**[1]),
    lambda: int(*1),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
