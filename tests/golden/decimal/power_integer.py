from decimal import Decimal, localcontext, InvalidOperation

print(Decimal(2) ** 10, Decimal("1.1") ** 2, Decimal("1.10") ** 2, Decimal(2) ** -1,
      Decimal(-2) ** 3, Decimal(-2) ** -3, Decimal("0.5") ** 3, Decimal(3) ** 100)
print(Decimal(0) ** 5, Decimal(0) ** -1, Decimal("-0") ** 3, Decimal("inf") ** 2,
      Decimal("inf") ** -1, Decimal(-1) ** Decimal("inf") if False else "", Decimal(1) ** 1000)
print(pow(Decimal(3), 4, 5), pow(Decimal(-7), 3, 10), pow(Decimal(2), 10, Decimal(1000)))
print(2 ** Decimal(8), Decimal(10) ** Decimal(-3))
with localcontext(prec=5):
    print(Decimal(7) ** 20, Decimal("1.00001") ** 1000)
try:
    Decimal(0) ** 0
except InvalidOperation as e:
    print("InvalidOperation", e)
print((1 + Decimal("0.05") / 365) ** 3650, Decimal("1.0001") ** 100000, Decimal(2) ** -3000)
print(Decimal("0.999") ** 12345, Decimal(3) ** 1000 > 0, Decimal(7) ** 7777 % 1000 if False else "")
