"""`for a, b in rows` over a list of two-item lists.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 50_000


def main():
    rows = [[k, k + 1] for k in range(100)]
    total = 0
    for i in range(N):
        for a, b in rows:
            total += b
    print(total)


main()
