from decimal import Decimal

for v in ["123E+1", "123E+3", "12.3E-9", "-123E-12", "7E-7", "0E+1", "0E+2", "0E-7", "0.00E+5",
          "1E+5", "1E+6", "1E-5", "1E-6", "1234.5E-4", "5E+10"]:
    d = Decimal(v)
    print(v.rjust(12), str(d).rjust(12), d.to_eng_string().rjust(14))
