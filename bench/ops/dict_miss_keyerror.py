"""`d[k]` missing, caught `KeyError`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    d = {'a': 1}
    total = 0
    for i in range(N):
        try:
            total += d['zz']
        except KeyError:
            total += 1
    print(total)


main()
