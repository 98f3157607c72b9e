import random

random.seed(123)
print([random.randrange(10) for _ in range(5)])
print([random.randrange(5, 50, 5) for _ in range(5)])
print([random.randrange(10, 0, -3) for _ in range(5)])
print(random.randrange(10**20), random.randint(-10**25, 10**25))
for args in [(0,), (5, 5), (1, 10, 0), (1, 2, -1)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
