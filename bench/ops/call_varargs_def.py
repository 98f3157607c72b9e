"""Calling `def f(*args)` and `def g(**kwargs)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def f(*args):
    return args[0]


def g(**kwargs):
    return kwargs['b']


N = 1_000_000


def main():
    total = 0
    for i in range(N):
        total += f(i, 2, 3) + g(a=1, b=i)
    print(total)


main()
