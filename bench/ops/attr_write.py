"""`obj.x = v` of an instance attribute.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    k = 7

    def __init__(self):
        self.x = 1
        self.y = 2


N = 5_000_000


def main():
    o = C()
    total = 0
    for i in range(N):
        o.x = i
        o.y = i
        o.x = 3
        o.y = 4
        total += 1
    print(total + o.x)


main()
