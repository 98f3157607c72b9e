# Splitting a bill so that the parts add up to the total exactly.
from decimal import Decimal, ROUND_DOWN


def split(total, people):
    total = Decimal(total)
    share = (total / people).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    parts = [share] * people
    remainder = total - share * people
    i = 0
    while remainder > 0:
        parts[i] += Decimal("0.01")
        remainder -= Decimal("0.01")
        i += 1
    return parts


for total, people in [("100.00", 3), ("10", 7), ("0.05", 2), ("99.99", 4)]:
    parts = split(total, people)
    print(total, people, [str(p) for p in parts], sum(parts) == Decimal(total))
