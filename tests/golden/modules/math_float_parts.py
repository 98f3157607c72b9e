import math

print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.frexp(1e-310))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, 0))
print(math.modf(3.25), math.modf(-2.5), math.modf(math.inf))
print(math.remainder(10, 3), math.remainder(5, 2), math.remainder(7, 2))
