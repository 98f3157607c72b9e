"""`round(x, 2)`, `float(i)`, `int(x)` of floats.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    f = 0.37
    total = 0
    for i in range(N):
        total += round(f * i, 2) + float(i) + int(f * i)
    print(round(total))


main()
