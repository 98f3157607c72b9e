"""A value passed up through 10 nested `yield from`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def nest(d):
    if d == 0:
        yield 1
        yield 2
    else:
        yield from nest(d - 1)


N = 200_000


def main():
    total = 0
    for i in range(N):
        for x in nest(10):
            total += x
    print(total)


main()
