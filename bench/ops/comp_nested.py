"""`[(a, b) for a in xs for b in ys]` of 10 by 10.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 50_000


def main():
    xs = list(range(10))
    ys = list(range(10))
    total = 0
    for i in range(N):
        total += len([(a, b) for a in xs for b in ys])
    print(total)


main()
