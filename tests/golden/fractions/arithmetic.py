# Exact arithmetic, and floats where a float takes part.
from fractions import Fraction as F

a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a ** 2, a ** -2, F(-2, 3) ** -3, a ** F(1, 2), 2 ** F(3), 4 ** F(1, 2), F(9, 4) ** 0.5)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, 1 / a, a / 2, 7 // a, 7 % a)
print(a + 0.5, 0.5 + a, a * 1.5, F(-7, 2) % 2, divmod(F(-7, 2), F(1, 3)))
print(sum(F(1, n) for n in range(1, 11)))
total = F(0)
for price in ["19.99", "5.01", "0.10"]:
    total += F(price)
print(total, float(total))
