import random

random.seed(99)
print(random.sample(range(100), 10))
print(random.sample("abcdefgh", 3))
print(random.sample(range(1000000), 5))
print(random.sample([1, 2, 3], 3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError:", e)
