# recursive_repr with fillvalues and subclasses of builtin containers.
import reprlib


class Tree(dict):
    @reprlib.recursive_repr("{loop}")
    def __repr__(self):
        return "Tree(" + ", ".join(f"{k}={v!r}" for k, v in self.items()) + ")"


t = Tree(a=1)
t["self"] = t
t["sub"] = Tree(x=t)
print(t)


class Ring:
    def __init__(self, name):
        self.name = name
        self.next = self

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Ring({self.name}, next={self.next!r})"


a, b = Ring("a"), Ring("b")
print(a)
a.next, b.next = b, a
print(a, b)
print(repr([a, a]))
