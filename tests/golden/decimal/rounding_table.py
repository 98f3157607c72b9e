# Every rounding mode on the values that tell them apart.
from decimal import (Decimal, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, ROUND_05UP)

MODES = [ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
         ROUND_HALF_UP, ROUND_UP, ROUND_05UP]
VALUES = ["5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.5",
          "-0.5", "0.01", "5.01", "4.99"]

print(f"{'value':>7}", *(m[6:].rjust(10) for m in MODES))
for v in VALUES:
    d = Decimal(v)
    print(f"{v:>7}", *(str(d.quantize(Decimal(1), rounding=m)).rjust(10) for m in MODES))
