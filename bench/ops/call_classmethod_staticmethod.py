"""`C.cm(x)` of a classmethod and `obj.sm(x)` of a staticmethod.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    @classmethod
    def cm(cls, a):
        return a

    @staticmethod
    def sm(a):
        return a


N = 1_000_000


def main():
    o = C()
    total = 0
    for i in range(N):
        total += C.cm(i) + o.sm(i)
    print(total)


main()
