"""`a, b = t` for a tuple of two.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    t = (1, 2)
    total = 0
    for i in range(N):
        a, b = t
        a, b = t
        a, b = t
        a, b = t
        total += a + b
    print(total)


main()
