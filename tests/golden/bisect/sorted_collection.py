# A small sorted-set class as programs build on bisect.
import bisect


class SortedSet:
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def add(self, x):
        i = bisect.bisect_left(self._items, x)
        if i == len(self._items) or self._items[i] != x:
            self._items.insert(i, x)

    def __contains__(self, x):
        i = bisect.bisect_left(self._items, x)
        return i < len(self._items) and self._items[i] == x

    def range(self, lo, hi):
        return self._items[bisect.bisect_left(self._items, lo):bisect.bisect_right(self._items, hi)]


s = SortedSet([5, 1, 9, 3, 5, 7, 1])
print(s._items, 3 in s, 4 in s, s.range(2, 7))
