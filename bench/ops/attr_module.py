"""`math.pi`: a module attribute.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import math

N = 5_000_000


def main():
    total = 0
    for i in range(N):
        total += math.pi + math.e + math.pi
    print(round(total))


main()
