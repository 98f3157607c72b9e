"""`f'{x:.2f}'` and `f'{n:>5}'`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    x = 3.14159
    total = 0
    for i in range(N):
        total += len(f'{x:.2f}') + len(f'{i:>8}')
    print(total)


main()
