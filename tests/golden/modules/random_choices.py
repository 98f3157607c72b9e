import random

random.seed(11)
print(random.choices("abc", k=6))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(random.choices(["x", "y"], cum_weights=[1, 10], k=5))
print(random.choices(range(5)))
try:
    random.choices([1, 2], weights=[1], k=2)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choices([1, 2], [1, 2], cum_weights=[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    random.choices([1, 2], 3)
except TypeError as e:
    print("TypeError:", e)
