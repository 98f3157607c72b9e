"""`if obj:` of an instance with `__len__`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class L:
    def __len__(self):
        return 3


N = 1_000_000


def main():
    o = L()
    total = 0
    for i in range(N):
        if o:
            total += 1
        if o:
            total += 1
        if not o:
            total += 1
    print(total)


main()
