"""`+`, `-`, `*` of small ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    total = 0
    for i in range(N):
        total += i * 3 + 7 - (i - 1) * 2
    print(total)


main()
