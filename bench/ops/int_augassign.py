"""`x += 1`, `x -= 2`, `x *= 1` on a local int.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    x = 0
    total = 0
    for i in range(N):
        x += 1
        x -= 2
        x *= 1
        x += i
    print(x)


main()
