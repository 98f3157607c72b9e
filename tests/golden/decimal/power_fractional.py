# Powers with a non-integral exponent: roots, growth rates, continuous compounding.
from decimal import Decimal, localcontext, InvalidOperation

print(Decimal(2) ** Decimal("0.5"), Decimal(4) ** Decimal("0.5"), Decimal(10) ** Decimal("-0.5"))
print(Decimal(27) ** (Decimal(1) / 3), Decimal("1.05") ** Decimal("2.5"), Decimal(100) ** Decimal("1.5"))
growth = (Decimal(2500) / Decimal(1000)) ** (Decimal(1) / Decimal(7)) - 1
print("annual growth", growth.quantize(Decimal("0.0001")))
rate, years = Decimal("0.05"), Decimal(10)
print("continuous", (1000 * (rate * years).exp()).quantize(Decimal("0.01")))
with localcontext(prec=6):
    print(Decimal(16) ** Decimal("-2.25"), Decimal("123.456") ** Decimal("0.7"))
try:
    Decimal(-8) ** Decimal("0.5")
except InvalidOperation as e:
    print("InvalidOperation", e)
