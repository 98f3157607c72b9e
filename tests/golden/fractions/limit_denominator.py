# Approximating with small denominators.
import math
from fractions import Fraction as F

pi = F(math.pi)
for d in [1, 7, 10, 100, 1000, 10**6]:
    print(d, pi.limit_denominator(d))
print(F(0.1).limit_denominator(), F(1, 3).limit_denominator(5), F(-17, 39).limit_denominator(4))
print(F("3.14159").limit_denominator(113), F(2, 3).limit_denominator(3))
