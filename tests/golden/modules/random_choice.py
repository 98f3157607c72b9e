import random

random.seed(7)
print([random.choice("abcdefg") for _ in range(8)])
print(random.choice([10, 20, 30]), random.choice((1, 2)), random.choice(range(1000)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
print(random.choice("x"))
