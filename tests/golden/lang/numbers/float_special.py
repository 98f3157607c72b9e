# Infinities and NaN in arithmetic.
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan is nan)
print(1e308 * 10, 1e308 + 1e308, 10.0 ** -400, 1 / inf, -1 / inf)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123456789)
