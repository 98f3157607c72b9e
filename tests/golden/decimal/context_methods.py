from decimal import Context, Decimal, ROUND_HALF_UP

c = Context(prec=6, rounding=ROUND_HALF_UP)
print(c.add(1, 2), c.subtract(Decimal("1.1"), 2), c.multiply(3, Decimal("0.333333")))
print(c.divide(10, 3), c.divide_int(10, 3), c.remainder(10, 3), c.divmod(10, 3))
print(c.power(2, 20), c.power(Decimal("1.5"), 3), c.power(3, 4, 5))
print(c.abs(Decimal(-2)), c.minus(Decimal(2)), c.plus(Decimal("1.2345678")))
print(c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.quantize(Decimal("1.2345"), Decimal("0.01")))
print(c.sqrt(2), c.normalize(Decimal("1.200")), c.to_integral_value(Decimal("2.5")))
print(c.is_zero(Decimal(0)), c.is_signed(Decimal(-1)), c.number_class(Decimal("inf")))
print(c.to_sci_string(Decimal("1E+3")), c.to_eng_string(Decimal("1E+4")), c.copy_decimal(5))
try:
    c.add(1.5, 1)
except TypeError as e:
    print("TypeError:", e)
