# Converting more than 4300 decimal digits is refused, as CPython 3.11 does by default.
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(int('1' * 4300) % 9, int('f' * 5000, 16) % 7)
