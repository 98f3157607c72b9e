import decimal
from decimal import Context, getcontext, BasicContext, ExtendedContext, DefaultContext

print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
print(getcontext() is DefaultContext)
c = Context(prec=5, rounding=decimal.ROUND_DOWN, Emin=-99, Emax=99, capitals=0, clamp=1,
            traps=[decimal.Overflow], flags=[decimal.Inexact])
print(c)
print(c.Etiny(), c.Etop(), c.prec, c.rounding, c.capitals, c.clamp)
print(getcontext().flags)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
