# dir() of modules and of the current module.
import math
import random

print([n for n in dir(math) if n.startswith("is")])
print("choice" in dir(random), "shuffle" in dir(random))
alpha = 1
beta = 2


def gamma():
    pass


print([n for n in dir() if not n.startswith("_")])
