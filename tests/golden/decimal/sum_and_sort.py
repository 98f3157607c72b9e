from decimal import Decimal

ledger = {"rent": "1200.00", "food": "345.67", "transport": "89.10", "fun": "150.5",
          "savings": "500"}
amounts = {k: Decimal(v) for k, v in ledger.items()}
total = sum(amounts.values())
print("total", total, repr(total))
for k, v in sorted(amounts.items(), key=lambda kv: kv[1], reverse=True):
    share = (v / total * 100).quantize(Decimal("0.01"))
    print(f"{k:<10} {v:>9} {share:>6}%")
print(sum(amounts.values(), Decimal("0.00")), sum([Decimal("0.1")] * 3, 0))
