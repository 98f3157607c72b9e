# int, floor, ceil, trunc, round (ties to even), float.
import math
from fractions import Fraction as F

for x in [F(-7, 2), F(7, 2), F(5, 2), F(-5, 2), F(1, 3), F(2)]:
    print(x, int(x), math.floor(x), math.ceil(x), math.trunc(x), round(x), float(x))
print(round(F(1234, 100), 1), round(F(1234, 1), -2), round(F(5, 1000), 2), round(F(-15, 1000), 2))
print(abs(F(-3, 4)), -F(3, 4), +F(3, 4), bool(F(0)), bool(F(1, 9)))
