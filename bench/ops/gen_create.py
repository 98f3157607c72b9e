"""Creating a generator and taking its one value.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def one(x):
    yield x


N = 1_000_000


def main():
    total = 0
    for i in range(N):
        total += next(one(i))
    print(total)


main()
