from decimal import Decimal, ROUND_FLOOR, ROUND_CEILING, getcontext, Inexact

for v in ["2.5", "3.5", "-2.5", "1.999", "-0.1", "123", "1E+2", "0.000", "inf"]:
    d = Decimal(v)
    print(v, d.to_integral_value(), d.to_integral_value(ROUND_FLOOR), d.to_integral(ROUND_CEILING),
          d.to_integral_exact(), d.normalize())
getcontext().clear_flags()
Decimal("2.5").to_integral_value()
print(getcontext().flags[Inexact])
Decimal("2.5").to_integral_exact()
print(getcontext().flags[Inexact])
for v in ["120.000", "0.00", "-1.500", "1E+3", "100", "5.0E-3"]:
    print(v, repr(Decimal(v).normalize()))
