# A keyword given twice through ** is a TypeError naming the function.
def f(*a, **k):
    return k

def g(a):
    return a

cases = [
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(**{"a": 1}, a=2),
    lambda: print(**{"sep": 1}, **{"sep": 2}),
    lambda: sorted([], **{"key": 1}, **{"key": 2}),
    lambda: g(1, **{"a": 2}),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
print(f(a=1, **{"b": 2}, c=3))
