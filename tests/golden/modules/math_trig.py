import math

for f in (math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh):
    print(f.__name__, f(0.5))
print(math.asin(1), math.acos(0), math.atan2(1, 1), math.atan2(-1, -1))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
