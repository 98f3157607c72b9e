"""`isinstance(x, int)`, `isinstance(x, str)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    s = 'a'
    total = 0
    for i in range(N):
        if isinstance(i, int):
            total += 1
        if isinstance(s, str):
            total += 1
        if isinstance(i, str):
            total += 1
    print(total)


main()
