"""`if obj:` of an instance with neither `__bool__` nor `__len__`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class Plain:
    pass


N = 5_000_000


def main():
    o = Plain()
    total = 0
    for i in range(N):
        if o:
            total += 1
        if o:
            total += 1
        if o:
            total += 1
        if not o:
            total += 1
    print(total)


main()
