"""`lst.index(x)` and `lst.count(x)` on a list of 10.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    lst = list(range(10))
    total = 0
    for i in range(N):
        total += lst.index(6) + lst.count(3)
    print(total)


main()
