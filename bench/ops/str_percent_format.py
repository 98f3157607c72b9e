"""`'%d %s' % (n, s)` and `'{} {}'.format(n, s)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    s = 'abc'
    total = 0
    for i in range(N):
        total += len('%d %s' % (i, s)) + len('{} {}'.format(i, s))
    print(total)


main()
