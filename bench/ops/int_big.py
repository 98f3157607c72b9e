"""`+`, `*`, `//` of 100-digit ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    a = 7 ** 120
    b = 3 ** 200
    total = 0
    for i in range(N):
        total += (a * b + i) // b - a
    print(total)


main()
