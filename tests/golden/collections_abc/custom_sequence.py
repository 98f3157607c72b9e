# Sequence and MutableSequence mixins over __getitem__, __len__ and insert.
from collections.abc import Sequence, MutableSequence


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


s = Squares(5)
print(list(s), 9 in s, 10 in s, list(reversed(s)), s.index(9), s.count(4), s[1:3])
try:
    s.index(7)
except ValueError:
    print("not found")


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f"Stack({self._items})"


st = Stack()
st.append(1)
st.extend([2, 3, 4])
print(st, st.pop(), st.pop(0), st)
st.reverse()
st += [9]
st.remove(2)
print(st, len(st), st.index(9))
st.clear()
print(st)
