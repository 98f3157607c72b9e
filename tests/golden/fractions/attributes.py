# numerator, denominator, as_integer_ratio, str and repr, copies, subclasses.
import copy
from fractions import Fraction as F

x = F(5, 10)
print(x.numerator, x.denominator, x.as_integer_ratio(), str(F(-5, 1)), f"{F(1, 4)}", "%s" % F(1, 4))
print(copy.copy(x) is x, copy.deepcopy(x) is x, copy.deepcopy([x])[0] == x)


class Money(F):
    def __str__(self):
        return f"${float(self):.2f}"


m = Money(7, 4)
print(repr(m), str(m), type(m + 1).__name__, m == F(7, 4))
try:
    x.numerator = 3
except AttributeError:
    print("numerator is read-only")
