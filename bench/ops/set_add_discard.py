"""`s.add(x)`, `s.discard(x)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    s = set()
    total = 0
    for i in range(N):
        s.add(i)
        s.add(3)
        s.discard(i)
        total += len(s)
    print(total)


main()
