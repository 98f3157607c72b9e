"""`C.k = v` written on the class.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class C:
    k = 7

    def __init__(self):
        self.x = 1
        self.y = 2


N = 2_000_000


def main():
    total = 0
    for i in range(N):
        C.k = i
        C.k = 3
        total += C.k
    print(total)


main()
