"""`a and b`, `a or b`, `not a` of ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    x = 3
    y = 0
    total = 0
    for i in range(N):
        total += (x and i) + (y or i) + (not x) + (x and y or 1)
    print(total)


main()
