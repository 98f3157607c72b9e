"""`obj.k` of a class attribute two bases up, and `obj.x` set by a base's `__init__`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    k = 7

    def __init__(self):
        self.x = 1
        self.y = 2


class D(C):
    pass


class E(D):
    pass


N = 3_000_000


def main():
    o = E()
    total = 0
    for i in range(N):
        total += o.k + o.x + o.k + o.x
    print(total)


main()
