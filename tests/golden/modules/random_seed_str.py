import random

random.seed("hello")
print(random.random())
random.seed("")
print(random.randint(0, 1000))
random.seed("Привет, мир")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(1.5)
print(random.random())
