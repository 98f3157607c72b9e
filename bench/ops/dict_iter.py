"""Iterating over a dict's keys, values and items (10 entries).

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 200_000


def main():
    d = {str(k): k for k in range(10)}
    total = 0
    for i in range(N):
        for k in d:
            total += 1
        for v in d.values():
            total += v
        for k, v in d.items():
            total += v
    print(total)


main()
