from decimal import Decimal, getcontext

for v in ["0", "-0", "0.00", "1.500", "-12.3", "1E+3", "1e-3", "1e-7", "0.0000001", "123E+5",
          "123e-12", "1.23E-8", "-0E+3", "0E-8", "12345678901234567890123456789", "Infinity",
          "-inf", "NaN", "-NaN", "sNaN", "NaN123", "1_000_000", "  7  ", "+5", ".5", "5."]:
    d = Decimal(v)
    print(repr(v).ljust(34), str(d).ljust(32), repr(d), d.to_eng_string())
getcontext().capitals = 0
print(Decimal("1E+10"), repr(Decimal("-1e-9")), Decimal("1E+10").to_eng_string())
