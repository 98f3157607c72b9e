import numbers
from fractions import Fraction

ABCS = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
print("type".ljust(10), *[c.__name__.ljust(9) for c in ABCS])
for t in (bool, int, float, complex, Fraction, str, list):
    print(t.__name__.ljust(10), *[str(issubclass(t, c)).ljust(9) for c in ABCS])
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Number, numbers.Integral))
