import gc


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


# The last reference goes: __del__ runs at once.
c = C("global")
del c
print("after del")

c = C("rebound")
c = None
print("after rebinding")


def f():
    local = C("local")
    print("in f")


f()
print("after f")

# Containers let go of their items: lists and tuples last first, dicts in order.
items = [C("list 0"), C("list 1"), C("list 2")]
del items
pair = (C("tuple 0"), C("tuple 1"))
del pair
d = {"a": C("dict a"), "b": C("dict b")}
del d
print("containers done")

# An attribute holding another object with __del__.
outer = C("outer")
outer.inner = C("inner")
del outer
print("nested done")


# __del__ that raises: reported, and the program goes on.
class Raises:
    def __del__(self):
        raise ValueError("from __del__")


r = Raises()
del r
print("after raising __del__")

# Resurrection: __del__ keeps a reference; it does not run a second time.
saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("phoenix del", self.n)
        saved.append(self)


p = Phoenix(7)
del p
print("saved", len(saved), saved[0].n)
del saved[:]
print("gone again, quietly")


# __del__ sees the object whole, and may use globals.
class Reporter:
    count = 0

    def __init__(self):
        self.data = [1, 2, 3]

    def __del__(self):
        Reporter.count += 1
        print("reporter", sum(self.data), Reporter.count)


for _ in range(3):
    Reporter()
print("reporters", Reporter.count)
print(gc.is_finalized(C("x")))


# Exceptions of user classes have __del__ too.
class Failure(Exception):
    def __del__(self):
        print("failure del", self.args)


try:
    raise Failure("kept in a local")
except Failure as caught:
    kept = caught
print("handled")
del kept
print("exception dropped")
