import random

x = random.random()
print(0 <= x < 1)
print(1 <= random.randint(1, 6) <= 6)
r = random.Random()
print(len(set(r.random() for _ in range(100))) > 90)
