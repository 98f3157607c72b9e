"""`g.send(x)` of a running generator.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def echo():
    x = 0
    while True:
        x = yield x + 1


N = 3_000_000


def main():
    g = echo()
    next(g)
    total = 0
    for i in range(N):
        total += g.send(i)
    print(total)


main()
