"""`a | b`, `a & b`, `a - b` of sets of 10.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    a = set(range(10))
    b = set(range(5, 15))
    total = 0
    for i in range(N):
        total += len(a | b) + len(a & b) + len(a - b)
    print(total)


main()
