# functools.reduce: sequences with only __getitem__, and errors from the iterable pass through.
from functools import reduce
from operator import add, mul


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(reduce(add, Squares(10)), reduce(add, Squares(0), 0), reduce(mul, Squares(4), 1))


class FailingIter:
    def __iter__(self):
        raise RuntimeError("no iteration today")


class BadSeq:
    def __getitem__(self, index):
        raise ValueError("bad item")


for obj in (FailingIter(), BadSeq(), 42, None):
    try:
        reduce(add, obj)
    except Exception as e:
        print(type(e).__name__, e)
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(add, [], "empty"), reduce(lambda a, b: a + [b], "abc", []))
