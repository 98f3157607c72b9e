"""`k in d`, `k in s` for a dict and a set of strs.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    d = {'k%d' % k: k for k in range(20)}
    s = set(d)
    total = 0
    for i in range(N):
        if 'k5' in d:
            total += 1
        if 'zz' in d:
            total += 1
        if 'k5' in s:
            total += 1
        if 'zz' not in s:
            total += 1
    print(total)


main()
