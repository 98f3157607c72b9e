# math.asinh, acosh and atanh to the last bit, as the C library computes them, over values
# spread across the float range (a sum of the results would hide a difference: print each).
import math

values = []
x = 1.7e-300
while x < 1e300:
    values.append(x)
    x *= 13.37
for v in values:
    print(repr(math.asinh(v)), repr(math.asinh(-v)), repr(math.acosh(1 + v)))
y = -0.999
while y < 1:
    print(repr(y), repr(math.atanh(y)), repr(math.asinh(y)))
    y += 0.0371
