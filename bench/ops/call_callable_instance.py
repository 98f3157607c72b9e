"""`obj(x)` of an instance with `__call__`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class F:
    def __call__(self, x):
        return x + 1


N = 1_000_000


def main():
    o = F()
    total = 0
    for i in range(N):
        total += o(i) + o(2)
    print(total)


main()
