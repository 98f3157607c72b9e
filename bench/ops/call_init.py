"""`C(a, b)`: creating an instance with `__init__`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b


N = 1_500_000


def main():
    total = 0
    for i in range(N):
        o = C(i, 2)
        total += o.a
    print(total)


main()
