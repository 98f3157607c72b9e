from decimal import Decimal, getcontext, localcontext

for v in ["2", "4", "0.25", "100", "1E+2", "1E-2", "0", "-0", "0.0", "10", "1.21", "inf", "1E+9"]:
    print(v, Decimal(v).sqrt())
with localcontext(prec=50):
    print(Decimal(2).sqrt())
with localcontext(prec=5):
    print(Decimal(3).sqrt(), Decimal("0.0000123").sqrt())
