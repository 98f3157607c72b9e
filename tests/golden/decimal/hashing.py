from decimal import Decimal
from fractions import Fraction

for v in ["0", "-0", "1", "1.0", "1.5", "-2.25", "0.1", "1e20", "123.456", "1E-30", "inf", "-inf"]:
    d = Decimal(v)
    print(v, hash(d) == hash(float(d)) if d.is_finite() or d.is_infinite() else None,
          hash(d) == hash(Fraction(d)) if d.is_finite() else None)
print(hash(Decimal(10 ** 20)) == hash(10 ** 20), hash(Decimal("-1")) == hash(-1))
print(len({Decimal("1"), Decimal("1.00"), 1, 1.0, Fraction(1)}))
print({Decimal("0.5"): "half"}[0.5], {2: "two"}[Decimal("2.000")])
try:
    hash(Decimal("snan"))
except TypeError as e:
    print("TypeError:", e)
