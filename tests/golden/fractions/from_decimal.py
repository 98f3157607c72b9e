from decimal import Decimal
from fractions import Fraction

for v in ["0.75", "-1.25", "1E+3", "0.1", "3", "-0"]:
    d = Decimal(v)
    print(v, Fraction(d), Fraction.from_decimal(d), Fraction(d) == d, d == Fraction(d))
print(Fraction.from_decimal(7), Fraction(Decimal("0.5"), 3) if False else "")
for bad in [Decimal("nan"), Decimal("inf"), Decimal("-inf")]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction.from_decimal(0.5)
except TypeError as e:
    print("TypeError:", e)
print(Decimal("0.5") < Fraction(2, 3), Fraction(2, 3) > Decimal("0.5"), Decimal(1) + 0 == Fraction(1))
