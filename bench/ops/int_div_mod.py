"""`//` and `%` of small ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    total = 0
    for i in range(N):
        total += i // 7 + i % 7 + (i + 3) // 2
    print(total)


main()
