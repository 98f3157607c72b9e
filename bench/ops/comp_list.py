"""`[x * 2 for x in r]` over 100 ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 100_000


def main():
    r = range(100)
    total = 0
    for i in range(N):
        total += len([x * 2 for x in r])
    print(total)


main()
