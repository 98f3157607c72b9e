"""`min(a, b)`, `max(a, b)`, `abs(x)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    total = 0
    for i in range(N):
        total += min(i, 5) + max(i, 5) + abs(-i)
    print(total)


main()
