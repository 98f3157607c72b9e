"""`x is None`, `x is not None`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    a = None
    b = 3
    total = 0
    for i in range(N):
        if a is None:
            total += 1
        if b is not None:
            total += 1
        if a is not None:
            total += 1
        if b is None:
            total += 1
    print(total)


main()
