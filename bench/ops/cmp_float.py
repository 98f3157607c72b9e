"""`<` and `==` between floats.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 3_000_000


def main():
    f = 1.5
    g = 2.5
    total = 0
    for i in range(N):
        if f < g:
            total += 1
        if f == g:
            total += 1
        if g > f:
            total += 1
        if f <= g:
            total += 1
    print(total)


main()
