# Special values and errors of math.gamma and math.lgamma.
import math

values = [0.0, -0.0, -1.0, -2.0, -1e308, 1e308, float("inf"), float("-inf"), float("nan"),
          171.0, 171.6, 172.0, -171.5, -250.5, 1e-30, -1e-30, 3e-320, 0.5, -0.5, 1.0, 2.0,
          2.5, 23.0, 24.0, True, 7, 10**20]
for f in (math.gamma, math.lgamma):
    for x in values:
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
# The classic uses: factorials of non-integers and log-binomial coefficients.
print(math.gamma(0.5) ** 2, math.pi)
n, k = 1000, 300
print(math.exp(math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)))
try:
    math.gamma("x")
except TypeError as e:
    print("TypeError:", e)
math.lgamma(-3)
