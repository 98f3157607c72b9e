from decimal import Decimal, Context, Overflow, Underflow, Subnormal, Clamped, Inexact, Rounded

ctx = Context(prec=3, Emax=5, Emin=-5, traps=[])
for expr in ["1E+5 * 10", "999999", "1E-7", "1.234E-6", "1E-9", "123456", "1E+4"]:
    ctx.clear_flags()
    a, _, b = expr.partition(" * ")
    r = ctx.multiply(Decimal(a), Decimal(b)) if b else ctx.plus(Decimal(a))
    print(expr, "->", r, sorted(s.__name__ for s, v in ctx.flags.items() if v))
ctx = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
print(ctx.plus(Decimal("1E+5")), ctx.plus(Decimal("12E+3")), ctx.create_decimal("0E+9"))
from decimal import ROUND_DOWN
ctx = Context(prec=3, Emax=5, rounding=ROUND_DOWN, traps=[])
print(ctx.multiply(Decimal("9E+5"), 10))
