"""`sqrt(x)` after `from math import sqrt`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

from math import sqrt

N = 3_000_000


def main():
    total = 0
    for i in range(N):
        total += sqrt(i) + sqrt(4.0)
    print(round(total))


main()
