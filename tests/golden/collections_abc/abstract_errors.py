# An ABC's abstract methods must be defined before a subclass can be instantiated.
from collections.abc import Iterator, Sized, Mapping


class Half(Mapping):
    def __getitem__(self, k):
        return k


for cls in (Iterator, Sized, Half):
    try:
        cls()
    except TypeError as e:
        print(e)


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c))
