from decimal import Decimal

for v in ["inf", "-inf", "nan", "-nan", "snan"]:
    d = Decimal(v)
    print(v, [format(d, s) for s in ["", "f", ".2f", "e", "g", "%", "10", "<10", "^12", "010", "+"]])
for bad in ["_", "#", ".2d", "x", "10.2s", ".f"]:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
