# Negative ndigits round to tens, hundreds, ...; ints stay ints.
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1350, -2))
print(round(25, -1), round(35, -1), round(-15, -1), round(7, 2), round(7, -5))
print(round(10**20 + 5, -1), round(2**70 + 2**69, -20))
print(round(123456.789, -3), round(-123456.789, -3), round(123.456, -2))
print(round(1e300, -300), round(1e308, -308), round(9.5e307, -308))
print(round(True, -1), round(5, True))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
