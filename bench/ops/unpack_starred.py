"""`a, *rest = lst` starred target.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    lst = [1, 2, 3, 4, 5]
    total = 0
    for i in range(N):
        a, *rest = lst
        a, *rest = lst
        first, *mid, last = lst
        first, *mid, last = lst
        total += a + len(rest) + len(mid)
    print(total)


main()
