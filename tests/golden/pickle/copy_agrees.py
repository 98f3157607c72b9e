# copy and deepcopy take objects apart as pickle does.
import copy
import copyreg
import functools


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Pair, (self.a, self.b))


class Keyed:
    def __new__(cls, *, key):
        self = object.__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return ((), {"key": self.key})


class Reg:
    def __init__(self, n):
        self.n = n


copyreg.pickle(Reg, lambda r: (Reg, (r.n * 10,)))
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
print(t2.children[1].children[0].value, t2 is not tree, t2.children[0] is not tree.children[0])
p = copy.deepcopy(Pair([1], [2]))
print(p.a, p.b)
print(copy.copy(Keyed(key="k")).key, copy.deepcopy(Keyed(key=[1])).key)
print(copy.copy(Reg(2)).n)
part = functools.partial(max, 1, key=abs)
print(copy.copy(part)(-5), copy.deepcopy(part)(-7))
print(copy.deepcopy(range(3)), copy.deepcopy(slice(1, 2)), copy.deepcopy(3 + 1j))
try:
    copy.deepcopy(x for x in [])
except TypeError as e:
    print("TypeError:", e)
