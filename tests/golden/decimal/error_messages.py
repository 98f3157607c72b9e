from decimal import Decimal

d = Decimal("1.5")
for expr in ["d + 1.5", "1.5 * d", "d - 'x'", "d / []", "d ** 1.5",
             "int(Decimal('nan'))", "int(Decimal('-inf'))", "float(Decimal('snan'))",
             "hash(Decimal('snan'))", "Decimal('inf').as_integer_ratio()",
             "Decimal('nan').as_integer_ratio()", "round(Decimal('inf'))",
             "round(Decimal('nan'))", "d.quantize(1.5)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
