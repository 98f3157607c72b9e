"""`for x in gen()`: a generator of 100 values in a `for`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def gen(n):
    k = 0
    while k < n:
        yield k
        k += 1


N = 50_000


def main():
    total = 0
    for i in range(N):
        for x in gen(100):
            total += x
    print(total)


main()
