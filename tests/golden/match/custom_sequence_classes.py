# Subclasses of list, tuple and dict are sequences and mappings; other iterables are not.
from collections import namedtuple


class Stack(list):
    pass


class Config(dict):
    def get(self, key, default=None):
        print("  Config.get", key)
        return super().get(key, default)


Pair = namedtuple("Pair", "left right")


class Iterable:
    def __iter__(self):
        return iter([1, 2])


for subject in [Stack([1, 2]), Pair(1, 2), Iterable(), iter([1, 2]), "12"]:
    match subject:
        case [a, b]:
            print(type(subject).__name__, "is a sequence:", a, b)
        case _:
            print(type(subject).__name__, "is not a sequence")

match Pair(3, 4):
    case Pair(left=l, right=r):
        print("namedtuple by keyword", l, r)

match Config(host="h", port=80):
    case {"host": h, "port": p, **rest}:
        print("custom get used:", h, p, rest)
