# Every cmath function over a grid of special and ordinary values: infinities, NaNs, signed
# zeros, values near the ends of the float range, and the branch cuts.
import cmath
import math

inf, nan = math.inf, math.nan
parts = [-inf, -1e308, -2.5, -1.0, -0.0, 0.0, 1e-310, 0.5, 1.0, 710.0, inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar"]


def show(v):
    if isinstance(v, complex):
        return "(%r, %r)" % (v.real, v.imag)
    if isinstance(v, tuple):
        return "(%s)" % ", ".join(map(show, v))
    return repr(v)


def attempt(f, *args):
    try:
        return show(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


for name in names:
    f = getattr(cmath, name)
    print("==", name)
    for x in parts:
        print(x, " ".join(attempt(f, complex(x, y)) for y in parts))
print("== rect")
for r in parts:
    print(r, " ".join(attempt(cmath.rect, r, phi) for phi in parts))
print("== log with a base")
for x in parts[::2]:
    print(x, " ".join(attempt(cmath.log, complex(x, 1.0), complex(y, 0.5)) for y in parts))
