"""`==` between instances with `__eq__`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


N = 2_000_000


def main():
    o = V(1)
    p = V(1)
    q = V(2)
    total = 0
    for i in range(N):
        if o == p:
            total += 1
        if o == q:
            total += 1
    print(total)


main()
