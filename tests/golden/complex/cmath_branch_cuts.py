# Which side of a branch cut a value on it belongs to is told by the sign of its zero part.
import cmath

def z(re, im):
    return complex(re, im)

cuts = {
    "sqrt": [z(-4.0, 0.0), z(-4.0, -0.0)],
    "log": [z(-1.0, 0.0), z(-1.0, -0.0), z(-1e-300, 0.0), z(-1e-300, -0.0)],
    "log10": [z(-100.0, 0.0), z(-100.0, -0.0)],
    "acos": [z(2.0, 0.0), z(2.0, -0.0), z(-2.0, 0.0), z(-2.0, -0.0)],
    "asin": [z(2.0, 0.0), z(2.0, -0.0), z(-2.0, 0.0), z(-2.0, -0.0)],
    "atan": [z(0.0, 2.0), z(-0.0, 2.0), z(0.0, -2.0), z(-0.0, -2.0)],
    "acosh": [z(0.5, 0.0), z(0.5, -0.0), z(-3.0, 0.0), z(-3.0, -0.0)],
    "asinh": [z(0.0, 2.0), z(-0.0, 2.0), z(0.0, -2.0), z(-0.0, -2.0)],
    "atanh": [z(2.0, 0.0), z(2.0, -0.0), z(-2.0, 0.0), z(-2.0, -0.0)],
}
for name, points in cuts.items():
    f = getattr(cmath, name)
    for p in points:
        r = f(p)
        print(f"{name}({p!r}) = {r!r}  re sign {cmath.phase(complex(r.real, 0.0)):.3f}")

# The odd functions keep the sign of a zero argument.
for name in ["sin", "tan", "sinh", "tanh", "asin", "atan", "asinh", "atanh"]:
    f = getattr(cmath, name)
    print(name, [f(p) for p in (z(0.0, 0.0), z(-0.0, 0.0), z(0.0, -0.0), z(-0.0, -0.0))])
for name in ["cos", "cosh", "acos", "acosh", "exp", "sqrt"]:
    f = getattr(cmath, name)
    print(name, [f(p) for p in (z(0.0, 0.0), z(-0.0, 0.0), z(0.0, -0.0), z(-0.0, -0.0))])
