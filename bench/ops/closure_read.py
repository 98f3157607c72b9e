"""Calling an inner function that reads a cell of its outer one.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def make(k):
    def inner(x):
        return x + k
    return inner


N = 3_000_000


def main():
    inner = make(3)
    total = 0
    for i in range(N):
        total += inner(i)
    print(total)


main()
