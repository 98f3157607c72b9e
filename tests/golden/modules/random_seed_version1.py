import random

for s in ("abc", "", "Привет", b"xyz"):
    random.seed(s, version=1)
    print(repr(s), random.random(), random.randint(1, 1000))
random.seed(True)
a = random.random()
random.seed(1)
print(a == random.random())
random.seed(0.0)
b = random.random()
random.seed(0)
print(b == random.random())
