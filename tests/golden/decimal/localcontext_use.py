from decimal import Decimal, localcontext, getcontext, ROUND_DOWN, Context

print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7)
print(Decimal(1) / 7)
with localcontext(prec=3, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx.prec, ctx.rounding)
with localcontext(Context(prec=2)):
    print(Decimal(1) / 3)
    with localcontext(prec=8):
        print(Decimal(1) / 3)
    print(Decimal(1) / 3)
print(getcontext().prec, Decimal(1) / 3)
try:
    with localcontext(precision=3):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with localcontext(prec="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
