"""`f(*args)` with a tuple of arguments.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def f(a, b, c):
    return a + b + c


N = 1_000_000


def main():
    args = (1, 2, 3)
    rest = (2, 3)
    total = 0
    for i in range(N):
        total += f(*args) + f(i, *rest)
    print(total)


main()
