from decimal import Decimal
from fractions import Fraction

d = Decimal("2.5")
print(d == 2.5, d == Fraction(5, 2), d == 2, Decimal(2) == 2, d > 2, d < 3.0, d >= Fraction(5, 2))
print(Decimal("1.0") == Decimal("1.00"), Decimal("-0") == 0, Decimal("0.1") == 0.1)
print(Decimal("nan") == Decimal("nan"), Decimal("nan") != 1, Decimal("inf") > 10 ** 100)
print(sorted([Decimal("3"), 2, 2.5, Fraction(1, 3), Decimal("-1e3"), Decimal("0.1")]))
print(max(Decimal("1.10"), Decimal("1.1")), min([Decimal(5), 3, Decimal("4.0")]))
print(Decimal("1.2").compare(Decimal("1.20")), Decimal(1).compare(2), Decimal(3).compare(-1))
print(Decimal("1.2").compare_total(Decimal("1.20")), Decimal("-0").compare_total(Decimal("0")))
print(Decimal(3).max(Decimal("3.0")), Decimal(3).min(Decimal("3.0")), Decimal(-3).max_mag(2),
      Decimal(-3).min_mag(2), Decimal(1).max(Decimal("nan")))
print(1 in [Decimal("1.0")], {Decimal("1.0"): "a"}.get(1), Decimal(2) != Decimal("2.0"))
