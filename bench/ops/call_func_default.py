"""`f(a)` with a parameter left to its default.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def f(a, b=1, c=2):
    return a + b + c


N = 2_000_000


def main():
    total = 0
    for i in range(N):
        total += f(i) + f(3)
    print(total)


main()
