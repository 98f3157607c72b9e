# An invoice: prices, quantities, a discount and tax, each line rounded to cents.
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")
TAX_RATE = Decimal("0.0825")

items = [
    ("Widget", Decimal("19.99"), 3),
    ("Gadget", Decimal("4.75"), 10),
    ("Cable", Decimal("0.35"), 7),
    ("Manual", Decimal("12.00"), 1),
]

subtotal = Decimal(0)
for name, price, qty in items:
    line = (price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f"{name:<10}{qty:>4} x {price:>7} = {line:>9}")

discount = (subtotal * Decimal("0.05")).quantize(CENT, rounding=ROUND_HALF_UP)
taxable = subtotal - discount
tax = (taxable * TAX_RATE).quantize(CENT, rounding=ROUND_HALF_UP)
total = taxable + tax
print(f"{'Subtotal':<24}{subtotal:>9}")
print(f"{'Discount 5%':<24}{-discount:>9}")
print(f"{'Tax 8.25%':<24}{tax:>9}")
print(f"{'Total':<24}{total:>9}")
print(repr(total), total.as_tuple())
