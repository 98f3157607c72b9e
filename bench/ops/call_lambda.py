"""Calling a lambda.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    f = lambda x: x + 1
    total = 0
    for i in range(N):
        total += f(i) + f(2)
    print(total)


main()
