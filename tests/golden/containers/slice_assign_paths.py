"""Slice assignment: same-length replacement in place, a fresh list taken whole, a list given
to itself, bounds through __index__, huge and negative bounds, old items dropped after."""


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


class Loud:
    def __init__(self, name, owner):
        self.name = name
        self.owner = owner

    def __del__(self):
        print("del", self.name, "sees", len(self.owner))

    def __repr__(self):
        return "Loud(%s)" % self.name


class Logged(list):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value)


perm = list(range(8))
for k in (3, 7, 0, 5):
    perm[:k + 1] = perm[k::-1]
    print(perm)
xs = [1, 2, 3, 4]
xs[1:3] = ["a", "b"]
print(xs)
xs[1:3] = "xyz"
print(xs)
xs[-2:] = (9,)
print(xs)
xs[10**30:] = [7, 7]
print(xs)
xs[-10**30:1] = []
print(xs)
xs[Idx(1):Idx(2)] = [0]
print(xs)
xs[:] = xs
print(xs)
xs[1:3] = xs
print(xs)
src = [5, 6]
xs[0:2] = src
src.append(99)
print(xs, src)
xs[::2] = [0] * len(xs[::2])
print(xs)
try:
    xs[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    xs[0:1] = 5
except TypeError as e:
    print("TypeError", e)
owner = []
owner[:] = [Loud("a", owner), Loud("b", owner)]
owner[0:2] = [1, 2]
print(owner)
lg = Logged([1, 2, 3])
lg[0:2] = [8, 9]
print(lg)
t = (1, 2)
try:
    t[0:1] = [3]
except TypeError as e:
    print("TypeError", e)
