from decimal import Decimal

rates = [Decimal("0.05"), Decimal("0.00")]
for r in rates:
    print(Decimal(100) / r)
