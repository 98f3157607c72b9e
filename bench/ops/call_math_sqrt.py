"""`math.sqrt(x)` and `math.floor(x)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import math

N = 2_000_000


def main():
    total = 0
    for i in range(N):
        total += math.sqrt(i) + math.floor(2.5)
    print(round(total))


main()
