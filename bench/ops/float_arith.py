"""`+`, `-`, `*`, `/` of floats.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    x = 1.0
    total = 0
    for i in range(N):
        x = x * 0.5 + 1.25
        y = (x - 0.75) / 1.5
        total += y
    print(round(total, 6))


main()
