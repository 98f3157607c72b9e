# The domain and range errors of cmath's trigonometric and hyperbolic functions.
import cmath

inf, nan = float("inf"), float("nan")
cases = [
    ("atanh(1)", lambda: cmath.atanh(1)),
    ("atanh(-1)", lambda: cmath.atanh(-1)),
    ("atanh(1+1e-200j)", lambda: cmath.atanh(1 + 1e-200j)),
    ("atan(1j)", lambda: cmath.atan(1j)),
    ("atan(-1j)", lambda: cmath.atan(-1j)),
    ("cosh(1000)", lambda: cmath.cosh(1000)),
    ("cosh(710+0.5j)", lambda: cmath.cosh(710 + 0.5j)),
    ("sinh(-1000+1j)", lambda: cmath.sinh(-1000 + 1j)),
    ("cos(1000j)", lambda: cmath.cos(1000j)),
    ("sin(1000j)", lambda: cmath.sin(1000j)),
    ("tanh(1000+1j)", lambda: cmath.tanh(1000 + 1j)),
    ("tan(1000j)", lambda: cmath.tan(1000j)),
    ("exp(1+inf j)", lambda: cmath.exp(complex(1, inf))),
    ("exp(-inf+inf j)", lambda: cmath.exp(complex(-inf, inf))),
    ("exp(inf+2j)", lambda: cmath.exp(complex(inf, 2))),
    ("exp(-inf+2j)", lambda: cmath.exp(complex(-inf, 2))),
    ("cos(inf)", lambda: cmath.cos(inf)),
    ("sin(complex(inf, 0))", lambda: cmath.sin(complex(inf, 0))),
    ("tan(complex(inf, 1))", lambda: cmath.tan(complex(inf, 1))),
    ("tanh(complex(1, inf))", lambda: cmath.tanh(complex(1, inf))),
    ("cosh(complex(inf, 3))", lambda: cmath.cosh(complex(inf, 3))),
    ("sinh(complex(-inf, 3))", lambda: cmath.sinh(complex(-inf, 3))),
    ("rect(inf, inf)", lambda: cmath.rect(inf, inf)),
    ("rect(inf, 2)", lambda: cmath.rect(inf, 2)),
    ("rect(-inf, 2)", lambda: cmath.rect(-inf, 2)),
    ("rect(0, inf)", lambda: cmath.rect(0, inf)),
    ("rect(nan, 0)", lambda: cmath.rect(nan, 0)),
    ("rect(2, -0.0)", lambda: cmath.rect(2, -0.0)),
    ("log(0, 2)", lambda: cmath.log(0, 2)),
    ("log(0, nan)", lambda: cmath.log(0, nan)),
    ("log(inf, 2)", lambda: cmath.log(inf, 2)),
    ("log(8, 2)", lambda: cmath.log(8, 2)),
    ("log(-8, 2j)", lambda: cmath.log(-8, 2j)),
    ("log10(-inf)", lambda: cmath.log10(-inf)),
    ("phase(1e300+1e-300j)", lambda: cmath.phase(1e300 + 1e-300j)),
    ("phase(-1e300+1e-300j)", lambda: cmath.phase(-1e300 + 1e-300j)),
    ("phase(1+1e-310j)", lambda: cmath.phase(1 + 1e-310j)),
    ("polar(1e300+1e-300j)", lambda: cmath.polar(1e300 + 1e-300j)),
    ("polar(1e308+1e308j)", lambda: cmath.polar(1e308 + 1e308j)),
    ("polar(nan+inf j)", lambda: cmath.polar(complex(nan, inf))),
    ("acos('1')", lambda: cmath.acos("1")),
    ("tanh()", lambda: cmath.tanh()),
    ("asinh(1, 2)", lambda: cmath.asinh(1, 2)),
    ("cos(10**400)", lambda: cmath.cos(10**400)),
]
for text, f in cases:
    try:
        print(text, "=", f())
    except (ValueError, OverflowError, TypeError) as e:
        print(text, "->", type(e).__name__ + ":", e)
