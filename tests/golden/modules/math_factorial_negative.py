import math

try:
    math.factorial(2.5)
except TypeError as e:
    print(e)
math.factorial(-3)
