from decimal import Decimal
import math

for v in ["0", "-0", "1.9", "-1.9", "2.5", "-2.5", "3.5", "123.456", "1E+3", "1e-3", "-0.5"]:
    d = Decimal(v)
    print(v, int(d), float(d), round(d), math.floor(d), math.ceil(d), math.trunc(d),
          round(d, 1), complex(d), bool(d))
print(float(Decimal("nan")), float(Decimal("-inf")), float(Decimal("1e400")))
print(Decimal("3.75").as_integer_ratio(), Decimal("-0.125").as_integer_ratio(),
      Decimal("1E+3").as_integer_ratio(), Decimal(0).as_integer_ratio())
