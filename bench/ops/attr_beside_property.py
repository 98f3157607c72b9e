"""`obj.x` and `obj.x = v` of instance attributes, in a class that also has a property and
`__slots__` (the attributes of a class with any property, descriptor or `__setattr__`).

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2

    @property
    def total(self):
        return self.x + self.y


N = 2_000_000


def main():
    o = C()
    total = 0
    for i in range(N):
        o.x = o.y + 1
        o.y = o.x - 1
        total += o.x + o.y
    print(total, o.total)


main()
