"""`==` and `!=` between instances without `__eq__` (identity).

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class P:
    pass


N = 2_000_000


def main():
    o = P()
    p = P()
    total = 0
    for i in range(N):
        if o == p:
            total += 1
        if o == o:
            total += 1
        if o != p:
            total += 1
    print(total)


main()
