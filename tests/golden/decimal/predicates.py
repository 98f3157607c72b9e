from decimal import Decimal

for v in ["0", "-0", "1.5", "-1.5", "inf", "-inf", "nan", "snan", "1E-1000000", "0E-5"]:
    d = Decimal(v)
    print(v.rjust(12), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(),
          d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.number_class(),
          d.adjusted(), d.is_canonical())
