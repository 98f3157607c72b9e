"""`with` of a `contextlib.contextmanager` function.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

from contextlib import contextmanager


@contextmanager
def cm():
    yield 1


N = 200_000


def main():
    total = 0
    for i in range(N):
        with cm() as v:
            total += v
    print(total)


main()
