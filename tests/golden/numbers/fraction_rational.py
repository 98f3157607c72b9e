# Fraction is a numbers.Rational, and accepts any Rational as an argument.
import numbers
from fractions import Fraction


class Ratio:
    """A rational known to the tower by registration."""

    def __init__(self, n, d):
        self.numerator, self.denominator = n, d


numbers.Rational.register(Ratio)

print(isinstance(Fraction(1, 2), numbers.Rational), issubclass(Fraction, numbers.Integral))
r = Ratio(3, 9)
print(Fraction(r), Fraction(r, 2), Fraction(2, r), Fraction(r, Ratio(1, 3)))
print(r + Fraction(1, 3), r * Fraction(1, 2), Fraction(1, 3) == r, Fraction(1, 2) < r)
try:
    Fraction(1.5, r)
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1, 3) + r
except TypeError as e:
    print("TypeError:", e)
