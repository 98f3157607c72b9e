"""`for a, b in pairs` targets in a `for`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 100_000


def main():
    pairs = [(k, k + 1) for k in range(100)]
    total = 0
    for i in range(N):
        for a, b in pairs:
            total += a
    print(total)


main()
