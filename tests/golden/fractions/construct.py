# Making fractions from ints, strings, floats and other fractions.
from fractions import Fraction as F

print(F(3, 4), F(6, -8), repr(F(1, 3)), F(5), F(), F(F(1, 2)), F(F(1, 2), F(3, 4)))
print(F(0.75), F(0.1), F(-2, 1), F(True), F.from_float(0.5), F.from_float(3))
for s in ["3/4", " -1.5e3 ", "1_000", "1.", ".5", "2E-2", "7 / 14", "+3", "1.25e+1",
          "abc", "1/0", "1/-2", "", "1__0", "1/", "3.1/4", " 10/20 "]:
    try:
        print(repr(s), F(s))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
