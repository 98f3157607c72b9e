"""`q, r = f(x)`: unpacking a function's returned tuple.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def pair(x):
    return x, 1


N = 2_000_000


def main():
    total = 0
    for i in range(N):
        q, r = pair(i)
        q, r = pair(i)
        total += q + r
    print(total)


main()
