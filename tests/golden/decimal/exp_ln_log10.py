from decimal import Decimal, localcontext, getcontext, Inexact

for v in ["0", "1", "-1", "2", "0.5", "10", "100", "0.001", "1e-50", "123.456", "-123.456",
          "1000", "7", "0.1", "1.000", "1e100", "inf", "-inf", "nan"]:
    d = Decimal(v)
    row = [d.exp()]
    for f in (Decimal.ln, Decimal.log10):
        try:
            row.append(f(d))
        except Exception as e:
            row.append(type(e).__name__)
    print(v, *row)
with localcontext(prec=50):
    print(Decimal(1).exp(), Decimal(2).ln(), Decimal(10).ln())
getcontext().clear_flags()
print(Decimal(100).log10(), getcontext().flags[Inexact], Decimal(3).log10(), getcontext().flags[Inexact])
