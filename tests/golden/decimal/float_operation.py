from decimal import Decimal, FloatOperation, getcontext, localcontext

ctx = getcontext()
print(Decimal(1.5), ctx.flags[FloatOperation])
ctx.clear_flags()
print(Decimal(1) < 1.5, ctx.flags[FloatOperation])
with localcontext() as c:
    c.traps[FloatOperation] = True
    print(Decimal(2) == 2.0)
    print(Decimal.from_float(0.25))
    for expr in ["Decimal(0.5)", "Decimal(1) < 0.5", "c.create_decimal(0.5)"]:
        try:
            eval(expr)
        except FloatOperation as e:
            print(expr, "FloatOperation", e, isinstance(e, TypeError))
