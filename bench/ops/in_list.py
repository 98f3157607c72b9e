"""`x in lst` for a list of 10 ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 1_000_000


def main():
    lst = list(range(10))
    total = 0
    for i in range(N):
        if 7 in lst:
            total += 1
        if 11 in lst:
            total += 1
        if 2 in lst:
            total += 1
    print(total)


main()
