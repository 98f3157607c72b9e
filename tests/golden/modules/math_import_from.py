from math import sqrt, pi, floor as fl

print(sqrt(pi), fl(pi))
import math
print(math.__name__, type(math.sqrt).__name__)
print(math.sqrt)
