"""`a, b, c = t` for a tuple of three.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 3_000_000


def main():
    t = (1, 2, 3)
    total = 0
    for i in range(N):
        a, b, c = t
        a, b, c = t
        a, b, c = t
        a, b, c = t
        total += a + c
    print(total)


main()
