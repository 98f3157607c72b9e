# A loan amortisation schedule computed in decimal with cents rounding.
from decimal import Decimal, ROUND_HALF_EVEN, getcontext

getcontext().prec = 20
principal = Decimal("10000.00")
annual_rate = Decimal("0.06")
months = 12
r = annual_rate / 12
payment = (principal * r / (1 - (1 + r) ** -months)).quantize(Decimal("0.01"))
print("monthly payment", payment)

balance = principal
total_interest = Decimal(0)
for month in range(1, months + 1):
    interest = (balance * r).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    principal_part = payment - interest
    if month == months:
        principal_part = balance
    balance -= principal_part
    total_interest += interest
    print(f"{month:>2} {interest:>8} {principal_part:>9} {balance:>10}")
print("total interest", total_interest)
