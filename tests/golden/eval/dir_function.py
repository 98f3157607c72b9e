# dir() with and without an argument.
import math


class Base:
    kind = "base"

    def hello(self):
        return "hi"


class Child(Base):
    extra = 1

    def __init__(self):
        self.own = 2


print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(Child()) if not n.startswith("__")])
print(dir(Base) == dir(Child))
print(len(dir(Child())) - len(dir(Child)))
print([n for n in dir(Child()) if n.startswith("__")])


def scope(a, b):
    c = a + b
    return dir()


print(scope(1, 2))
print("sqrt" in dir(math), "pi" in dir(math), dir(math) == sorted(dir(math)))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))
top = [n for n in dir() if not n.startswith("__")]
print(top)
