"""`a, b = b, a`: a tuple display unpacked at once.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    a, b = 1, 2
    total = 0
    for i in range(N):
        a, b = b, a
        a, b = b, a
        a, b = b, a
        a, b = b, a
        a, b = b, a
        total += a
    print(total)


main()
