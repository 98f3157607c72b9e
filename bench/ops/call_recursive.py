"""A recursive function: `sum_to(20)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


N = 200_000


def main():
    total = 0
    for i in range(N):
        total += sum_to(20)
    print(total)


main()
