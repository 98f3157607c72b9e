# Summing a mixed list with exactness tracked through the tower.
import numbers
from fractions import Fraction

values = [1, Fraction(1, 2), 3, Fraction(1, 3), True]
exact = all(isinstance(v, numbers.Rational) for v in values)
print(exact, sum(values))
values.append(0.25)
exact = all(isinstance(v, numbers.Rational) for v in values)
print(exact, sum(values))
ints = [v for v in values if isinstance(v, numbers.Integral)]
print(ints)
