# A Set from __contains__, __iter__ and __len__: comparisons and operators come with it.
from collections.abc import Set, MutableSet


class ListSet(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"ListSet({self._items})"


a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b)
print(a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]), a >= ListSet([1]))
print(a.isdisjoint([7, 8]), a.isdisjoint([3]))
print(a == {1, 2, 3}, a & {3, 9})


class Tags(MutableSet):
    def __init__(self):
        self._s = []

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    def add(self, x):
        if x not in self._s:
            self._s.append(x)

    def discard(self, x):
        if x in self._s:
            self._s.remove(x)


t = Tags()
t.add("a")
t |= ["b", "c"]
print(sorted(t), len(t))
t -= ["a"]
t.remove("b")
print(sorted(t))
try:
    t.remove("zzz")
except KeyError as e:
    print("KeyError", e)
print(t.pop(), len(t))
