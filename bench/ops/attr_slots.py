"""`obj.x` read and written on an instance with `__slots__`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class S:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1
        self.y = 2


N = 5_000_000


def main():
    o = S()
    total = 0
    for i in range(N):
        o.x = i
        total += o.x + o.y + o.y
    print(total)


main()
