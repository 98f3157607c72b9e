"""`s.split()` and `' '.join(parts)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    s = 'the quick brown fox jumps over the lazy dog'
    total = 0
    for i in range(N):
        parts = s.split()
        total += len(' '.join(parts)) + len(s.split(','))
    print(total)


main()
