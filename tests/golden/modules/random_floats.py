import random

random.seed(3)
print(random.uniform(1, 10), random.uniform(2.5, -2.5))
print(random.gauss(), random.gauss(10, 2), random.gauss(0, 1))
print(random.normalvariate(0, 1), random.expovariate(2))
print(random.triangular(), random.triangular(0, 10, 8))
