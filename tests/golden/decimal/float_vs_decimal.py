# The classic reason to use decimal: 0.1 + 0.2.
from decimal import Decimal

print(0.1 + 0.2 == 0.3, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal(0.1))
print(Decimal("0.1") * 3, sum([Decimal("0.1")] * 10))
print(Decimal(0.1) + Decimal(0.2))
print(Decimal(1.1), Decimal(2.5), Decimal(-0.0), Decimal(1e22))
print(Decimal.from_float(0.5), Decimal.from_float(3))
