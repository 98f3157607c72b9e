"""`lst.insert(0, x)` and `lst.pop(0)` on a list of 10.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 3_000_000


def main():
    lst = list(range(10))
    total = 0
    for i in range(N):
        lst.insert(0, i)
        total += lst.pop(0)
    print(total)


main()
