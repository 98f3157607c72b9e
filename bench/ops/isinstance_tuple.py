"""`isinstance(x, (int, float))` and `type(x) is int`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    f = 1.5
    total = 0
    for i in range(N):
        if isinstance(f, (int, float)):
            total += 1
        if type(i) is int:
            total += 1
    print(total)


main()
