"""`d[k]` read and `d[k] = v` write with str keys.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 3_000_000


def main():
    d = {'a': 1, 'b': 2, 'c': 3}
    total = 0
    for i in range(N):
        d['b'] = i
        total += d['a'] + d['b']
    print(total)


main()
