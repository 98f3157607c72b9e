"""`getattr(obj, name)` and `hasattr`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    k = 7

    def __init__(self):
        self.x = 1
        self.y = 2


N = 2_000_000


def main():
    o = C()
    total = 0
    for i in range(N):
        total += getattr(o, 'x') + getattr(o, 'z', 5)
        if hasattr(o, 'y'):
            total += 1
    print(total)


main()
