"""`super().m()` from an overriding method.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class A:
    def m(self):
        return 1


class B(A):
    def m(self):
        return super().m() + 1


N = 1_000_000


def main():
    o = B()
    total = 0
    for i in range(N):
        total += o.m()
    print(total)


main()
