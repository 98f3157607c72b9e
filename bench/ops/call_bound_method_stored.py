"""`m = obj.m` once, then `m(x)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    def n(self, a):
        return a


N = 2_000_000


def main():
    m = C().n
    total = 0
    for i in range(N):
        total += m(i) + m(2)
    print(total)


main()
