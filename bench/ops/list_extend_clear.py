"""`lst.extend(t)`, `lst.clear()`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    lst = []
    t = (1, 2, 3)
    total = 0
    for i in range(N):
        lst.extend(t)
        lst.extend(t)
        total += len(lst)
        lst.clear()
    print(total)


main()
