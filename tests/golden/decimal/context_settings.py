from decimal import Context, Decimal, getcontext, ROUND_UP

ctx = getcontext()
for name, value in [("prec", 0), ("prec", "5"), ("Emax", -1), ("Emin", 1), ("capitals", 2),
                    ("clamp", 3), ("rounding", "ROUND_SIDEWAYS"), ("foo", 1)]:
    try:
        setattr(ctx, name, value)
    except (ValueError, TypeError, AttributeError) as e:
        print(name, type(e).__name__, str(e).splitlines()[0])
ctx.prec = 6
ctx.rounding = ROUND_UP
print(Decimal(1) / 7, Decimal(2) / 3, Decimal("1234567") + 0)
c2 = ctx.copy()
c2.prec = 3
print(c2.divide(1, 7), ctx.divide(1, 7), c2.add(Decimal("1.234"), 1), c2.sqrt(2))
print(c2.create_decimal("3.14159"), c2.create_decimal(10 ** 5 + 1), c2.create_decimal_from_float(0.1))
