"""`d.setdefault(k, v)`, `d.pop(k)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    d = {'a': 1, 'b': 2}
    total = 0
    for i in range(N):
        d.setdefault('x', i)
        total += d.pop('x') + d.setdefault('a', 9)
    print(total)


main()
