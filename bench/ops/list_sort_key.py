"""`sorted(lst, key=lambda ...)` of 10 tuples.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    lst = [(k, (k * 7) % 10) for k in range(10)]
    total = 0
    for i in range(N):
        total += sorted(lst, key=lambda p: p[1])[0][0]
    print(total)


main()
