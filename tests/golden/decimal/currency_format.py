# A currency formatter over format specs.
from decimal import Decimal


def money(d, symbol="$"):
    d = Decimal(d)
    sign = "-" if d < 0 else ""
    return f"{sign}{symbol}{abs(d):,.2f}"


for v in ["0", "1", "-1234.5", "1234567.891", "0.005", "-0.004", "999999.995", "12"]:
    print(v.rjust(12), money(v).rjust(16), money(v, "EUR ").rjust(18))
print(f"[{Decimal('1234.5'):>15,.2f}]", f"[{Decimal('-1234.5'):<15,.2f}]",
      f"[{Decimal('1234.5'):*^15,.1f}]", f"[{Decimal('1234.5'):015,.2f}]")
