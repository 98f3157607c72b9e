"""`lst.append(x)` and `lst.pop()` at the end.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    lst = []
    total = 0
    for i in range(N):
        lst.append(i)
        lst.append(1)
        total += lst.pop() + lst.pop()
    print(total)


main()
