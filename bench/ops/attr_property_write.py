"""`obj.p = v` of a `property` with a setter.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    def __init__(self):
        self._p = 3

    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, v):
        self._p = v


N = 2_000_000


def main():
    o = C()
    total = 0
    for i in range(N):
        o.p = i
        o.p = 2
    print(o.p)


main()
