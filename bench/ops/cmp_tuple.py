"""`==` and `<` between tuples of ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    a = (1, 2, 3)
    b = (1, 2, 4)
    c = (1, 2, 3)
    total = 0
    for i in range(N):
        if a < b:
            total += 1
        if a == c:
            total += 1
        if b > a:
            total += 1
    print(total)


main()
