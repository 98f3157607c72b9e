# A describe() that dispatches on the numeric tower, as libraries do.
import numbers
from fractions import Fraction


def describe(x):
    if isinstance(x, bool):
        return "a truth value"
    if isinstance(x, numbers.Integral):
        return f"the integer {int(x)}"
    if isinstance(x, numbers.Rational):
        return f"the ratio {x.numerator}/{x.denominator}"
    if isinstance(x, numbers.Real):
        return f"the real {float(x):.3f}"
    if isinstance(x, numbers.Complex):
        return f"the complex with real part {x.real} and imaginary part {x.imag}"
    if isinstance(x, numbers.Number):
        return "some number"
    return "not a number"


for v in [True, 12, Fraction(-6, 4), 2.71828, 1 + 2j, "12", None]:
    print(f"{v!r}: {describe(v)}")
