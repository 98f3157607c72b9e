from decimal import Decimal, ROUND_DOWN, InvalidOperation, Context

for v, q in [("1.41421356", "0.01"), ("1.41421356", "1"), ("123.456", "1E+1"), ("7", "0.000"),
             ("-0.5", "1"), ("2.5", "1"), ("1.005", "0.01"), ("0", "0.01"), ("1e-20", "0.1"),
             ("inf", "inf"), ("12345", "1E+2")]:
    print(v, q, Decimal(v).quantize(Decimal(q)), Decimal(v).quantize(Decimal(q), ROUND_DOWN))
for v, q in [("123456789", "0.01"), ("1", "1e-30"), ("inf", "1"), ("1", "inf")]:
    try:
        Decimal(v).quantize(Decimal(q), context=Context(prec=9))
    except InvalidOperation as e:
        print(v, q, "InvalidOperation", e)
print(Decimal("1.23").same_quantum(Decimal("4.56")), Decimal("1.2").same_quantum(Decimal("1.20")))
