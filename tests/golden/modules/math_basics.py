import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7))
print(math.floor(-3.5), math.ceil(-3.5), math.floor(10))
print(math.fabs(-4), math.pow(2, 10), math.exp(1))
print(math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
print(type(math.floor(2.5)).__name__)
