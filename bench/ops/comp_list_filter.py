"""`[x for x in lst if x % 3]` over 100 ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 100_000


def main():
    lst = list(range(100))
    total = 0
    for i in range(N):
        total += len([x for x in lst if x % 3])
    print(total)


main()
