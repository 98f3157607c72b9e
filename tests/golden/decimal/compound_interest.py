# Compound interest with different compounding periods.
from decimal import Decimal, localcontext

def future_value(p, rate, periods_per_year, years):
    with localcontext() as ctx:
        ctx.prec = 30
        factor = (1 + rate / periods_per_year) ** (periods_per_year * years)
        return (p * factor).quantize(Decimal("0.01"))

for n, label in [(1, "yearly"), (4, "quarterly"), (12, "monthly"), (365, "daily")]:
    print(f"{label:>10}: {future_value(Decimal('1000'), Decimal('0.05'), n, 10)}")
