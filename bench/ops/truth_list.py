"""`if lst:` of lists.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 3_000_000


def main():
    full = [1]
    empty = []
    total = 0
    for i in range(N):
        if full:
            total += 1
        if empty:
            total += 1
        if full:
            total += 1
        if not empty:
            total += 1
    print(total)


main()
