"""A chained comparison `0 <= x < n`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    x = 5
    n = 10
    total = 0
    for i in range(N):
        if 0 <= x < n:
            total += 1
        if 0 <= i < n:
            total += 1
        if 0 < x <= n:
            total += 1
    print(total)


main()
