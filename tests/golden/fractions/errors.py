# What fractions refuse.
from fractions import Fraction as F

cases = [lambda: F(1, 0), lambda: F(1.5, 2), lambda: F([1]), lambda: F(float("nan")),
         lambda: F(float("inf")), lambda: F(1, 2) / 0, lambda: F(1, 2) // 0,
         lambda: F(0) ** -1, lambda: F(1, 3).limit_denominator(0), lambda: F.from_float("x"),
         lambda: F(1, 2) + "a", lambda: F(1, 2) < "a"]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
