"""`yield from` a subgenerator of 10 values, in a `for`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def inner():
    for k in range(10):
        yield k


def outer():
    yield from inner()
    yield from inner()


N = 100_000


def main():
    total = 0
    for i in range(N):
        for x in outer():
            total += x
    print(total)


main()
