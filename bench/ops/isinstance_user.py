"""`isinstance(obj, Base)` through a class hierarchy.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class A:
    pass


class B(A):
    pass


class C(B):
    pass


class Other:
    pass


N = 2_000_000


def main():
    o = C()
    total = 0
    for i in range(N):
        if isinstance(o, A):
            total += 1
        if isinstance(o, C):
            total += 1
        if isinstance(o, Other):
            total += 1
    print(total)


main()
