import random

a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
random.seed(5)
print(random.random() == random.Random(5).random())
state = a.getstate()
x = [a.random() for _ in range(3)]
a.setstate(state)
print(x == [a.random() for _ in range(3)])
print(type(a).__name__, isinstance(a, random.Random))
