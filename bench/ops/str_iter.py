"""Iterating over the characters of a str of 40.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    s = 'the quick brown fox jumps over the lazy d'
    total = 0
    for i in range(N):
        for ch in s:
            if ch == 'o':
                total += 1
    print(total)


main()
