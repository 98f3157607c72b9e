"""An exception raised two calls down and caught.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def inner(x):
    raise KeyError(x)


def outer(x):
    inner(x)


N = 500_000


def main():
    total = 0
    for i in range(N):
        try:
            outer(i)
        except KeyError as e:
            total += 1
    print(total)


main()
