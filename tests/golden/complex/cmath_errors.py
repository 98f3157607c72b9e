# cmath's domain and range errors and argument errors.
import cmath

cases = [
    ("log(0)", lambda: cmath.log(0)),
    ("log(0j)", lambda: cmath.log(0j)),
    ("log10(0)", lambda: cmath.log10(0)),
    ("log(2, 1)", lambda: cmath.log(2, 1)),
    ("log(1, 0)", lambda: cmath.log(1, 0)),
    ("exp(1000)", lambda: cmath.exp(1000)),
    ("exp(710+1j)", lambda: cmath.exp(710 + 1j)),
    ("sqrt('4')", lambda: cmath.sqrt("4")),
    ("sqrt()", lambda: cmath.sqrt()),
    ("sqrt(1, 2)", lambda: cmath.sqrt(1, 2)),
    ("polar(None)", lambda: cmath.polar(None)),
    ("rect(1j, 0)", lambda: cmath.rect(1j, 0)),
    ("phase([])", lambda: cmath.phase([])),
    ("log(1, 2, 3)", lambda: cmath.log(1, 2, 3)),
]
for text, f in cases:
    try:
        print(text, "=", f())
    except (ValueError, OverflowError, TypeError) as e:
        print(text, "->", type(e).__name__ + ":", e)
