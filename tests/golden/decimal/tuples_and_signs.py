from decimal import Decimal

for v in ["1.50", "-0", "1E+3", "-123.456", "inf", "-nan7", "snan"]:
    t = Decimal(v).as_tuple()
    print(v, t, t.sign, t.digits, t.exponent, Decimal(t) if v != "snan" else "")
d = Decimal("-3.25")
print(d.copy_abs(), d.copy_negate(), Decimal(5).copy_sign(d), d.copy_sign(Decimal(1)))
print(d.conjugate(), d.real, d.imag, Decimal(10).radix(), d.canonical())
print(Decimal("1.5").fma(2, Decimal("0.25")), Decimal(123).logb(), Decimal("0.001").logb())
print(Decimal("1.5").scaleb(3), Decimal("1.5").scaleb(-2), Decimal(7).remainder_near(4),
      Decimal(10).remainder_near(4), Decimal(-7).remainder_near(3))
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(0),
      Decimal("-1").next_toward(Decimal(5)))
