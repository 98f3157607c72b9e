"""`f(a, b=1)`: a keyword argument.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def f(a, b=1):
    return a + b


N = 2_000_000


def main():
    total = 0
    for i in range(N):
        total += f(i, b=2) + f(a=3, b=i)
    print(total)


main()
