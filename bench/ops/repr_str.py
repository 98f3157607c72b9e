"""`str(x)` and `repr(x)` of ints, floats and strs.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 1_000_000


def main():
    f = 2.5
    s = 'ab'
    total = 0
    for i in range(N):
        total += len(str(i)) + len(repr(f)) + len(repr(s))
    print(total)


main()
