"""Calling an inner function that does `nonlocal n; n += 1`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def make():
    n = 0

    def bump():
        nonlocal n
        n += 1

    def get():
        return n

    return bump, get


N = 5_000_000


def main():
    bump, get = make()
    total = 0
    for i in range(N):
        bump()
    print(get())


main()
