"""`obj.p` of a `property`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    def __init__(self):
        self._p = 3

    @property
    def p(self):
        return self._p


N = 2_000_000


def main():
    o = C()
    total = 0
    for i in range(N):
        total += o.p + o.p
    print(total)


main()
