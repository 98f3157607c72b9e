"""`f(a, b)` of a Python function.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def f(a, b):
    return a + b


N = 2_000_000


def main():
    total = 0
    for i in range(N):
        total += f(i, 2) + f(3, i)
    print(total)


main()
