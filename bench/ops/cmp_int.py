"""`<`, `==`, `>=` between small ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    x = 500
    total = 0
    for i in range(N):
        if i < x:
            total += 1
        if i == x:
            total += 1
        if x >= i:
            total += 1
        if i != x:
            total += 1
    print(total)


main()
