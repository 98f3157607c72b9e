import math


def area(r):
    return math.pi * math.sqrt(r)


print(round(area(2), 6))
print(area(-1))
