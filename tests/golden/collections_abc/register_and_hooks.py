# register() makes a class a virtual subclass; hooks see methods set to None as absent.
from collections.abc import Sequence, Iterable, Sized, Hashable


class Row:
    def __init__(self, *cells):
        self.cells = cells

    def __getitem__(self, i):
        return self.cells[i]

    def __len__(self):
        return len(self.cells)


print(isinstance(Row(), Sequence), isinstance(Row(), Sized))
Sequence.register(Row)
print(isinstance(Row(), Sequence), issubclass(Row, Iterable))


class NoIter:
    __iter__ = None


print(isinstance(NoIter(), Iterable))


class Unhashable:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class Both:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 1


print(isinstance(Unhashable(), Hashable), isinstance(EqOnly(), Hashable), isinstance(Both(), Hashable))
try:
    Sequence.register(5)
except TypeError as e:
    print(e)
