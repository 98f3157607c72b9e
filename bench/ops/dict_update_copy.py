"""`d.copy()`, `d.update(e)`, `dict(d)` of 10 entries.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    d = {k: k for k in range(10)}
    e = {1: 2, 20: 3}
    total = 0
    for i in range(N):
        c = d.copy()
        c.update(e)
        total += len(dict(c))
    print(total)


main()
