# With no traps, the exceptional results come back as values.
from decimal import Decimal, Context, setcontext, getcontext

setcontext(Context(traps=[]))
ctx = getcontext()
for expr in ["Decimal(1) / 0", "Decimal(-1) / 0", "Decimal(0) / 0", "Decimal('abc')",
             "Decimal('9e999999') * 10", "Decimal(-4).sqrt()", "Decimal('inf') * 0",
             "divmod(Decimal(7), 0)", "Decimal('1e-999999') / 10 ** 30"]:
    ctx.clear_flags()
    value = eval(expr)
    print(expr, "=", repr(value), sorted(s.__name__ for s, v in ctx.flags.items() if v))
