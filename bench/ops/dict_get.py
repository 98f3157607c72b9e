"""`d.get(k)` and `d.get(k, default)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    d = {'a': 1, 'b': 2, 'c': 3}
    total = 0
    for i in range(N):
        total += d.get('a') + d.get('zz', 0) + d.get('c', 5)
    print(total)


main()
