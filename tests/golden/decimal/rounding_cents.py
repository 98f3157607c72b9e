# Rounding to cents with each mode, as a price calculator would.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING

prices = ["2.675", "2.665", "-2.675", "0.125", "0.135", "1.005", "99.995", "-0.005"]
for p in prices:
    d = Decimal(p)
    print(p.rjust(8), *(str(d.quantize(Decimal("0.01"), rounding=m)).rjust(8)
                       for m in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING)))
print(round(Decimal("2.675"), 2), round(Decimal("2.665"), 2), round(Decimal("-0.5")), round(Decimal("1.5")))
print(round(Decimal("1234.5678"), -2), round(Decimal("0.125"), 2), type(round(Decimal("2.5"))))
