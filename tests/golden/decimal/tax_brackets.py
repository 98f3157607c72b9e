# Progressive tax computed with decimal brackets.
from decimal import Decimal, ROUND_HALF_UP

BRACKETS = [(Decimal("10000"), Decimal("0.10")), (Decimal("40000"), Decimal("0.20")),
            (Decimal("100000"), Decimal("0.30")), (None, Decimal("0.45"))]


def tax(income):
    income = Decimal(income)
    owed = Decimal(0)
    lower = Decimal(0)
    for upper, rate in BRACKETS:
        top = income if upper is None else min(income, upper)
        if top > lower:
            owed += (top - lower) * rate
        if upper is None or income <= upper:
            break
        lower = upper
    return owed.quantize(Decimal("0.01"), ROUND_HALF_UP)


for income in ["0", "9999.99", "10000", "25000.50", "40000", "123456.78", "1000000"]:
    t = tax(income)
    rate = (t / Decimal(income) * 100).quantize(Decimal("0.1")) if Decimal(income) else Decimal(0)
    print(f"{income:>12} {t:>12,} {rate:>6}%")
