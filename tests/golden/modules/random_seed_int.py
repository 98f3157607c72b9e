import random

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
random.seed(0)
print(random.random())
random.seed(2**100 + 7)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(5)
print(random.random())
