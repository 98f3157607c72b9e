import random

random.seed(8)
print([random.getrandbits(k) for k in (0, 1, 8, 31, 32, 33, 64, 65, 100, 200)])
print(random.randbytes(5))
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError:", e)
