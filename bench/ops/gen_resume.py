"""`next(g)` of a running generator.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def counter():
    n = 0
    while True:
        n += 1
        yield n


N = 2_000_000


def main():
    g = counter()
    total = 0
    for i in range(N):
        total += next(g) + next(g)
    print(total)


main()
