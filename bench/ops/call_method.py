"""`obj.m()` and `obj.m(x)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    def __init__(self):
        self.x = 1

    def m(self):
        return self.x

    def n(self, a):
        return a


N = 2_000_000


def main():
    o = C()
    total = 0
    for i in range(N):
        total += o.m() + o.n(i)
    print(total)


main()
