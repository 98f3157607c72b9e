# Where each builtin number sits in the numeric tower.
import numbers
from fractions import Fraction

TOWER = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for value in [0, -7, True, False, 2.5, float("inf"), float("nan"), 3j, complex(1, 2),
              Fraction(3, 4), Fraction(8, 4)]:
    levels = [cls.__name__ for cls in TOWER if isinstance(value, cls)]
    print(f"{value!r:>18} {type(value).__name__:>9}: {' > '.join(levels)}")
