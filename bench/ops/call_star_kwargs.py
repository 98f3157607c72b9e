"""`f(**kwargs)` with a dict of arguments.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def f(a, b, c):
    return a + b + c


N = 500_000


def main():
    kw = {'a': 1, 'b': 2, 'c': 3}
    kw2 = {'b': 2, 'c': 3}
    total = 0
    for i in range(N):
        total += f(**kw) + f(i, **kw2)
    print(total)


main()
