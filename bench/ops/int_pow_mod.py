"""`pow(a, b, m)` and `a ** 2`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 1_000_000


def main():
    total = 0
    for i in range(N):
        total += pow(i, 5, 1000003) + i ** 2
    print(total)


main()
