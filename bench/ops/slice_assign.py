"""`lst[2:4] = [x, y]` and `del lst[0:1]` plus `lst[:0] = ...`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 1_000_000


def main():
    lst = list(range(10))
    total = 0
    for i in range(N):
        lst[2:4] = [i, 1]
        lst[:0] = [7]
        del lst[0:1]
        total += lst[2]
    print(total)


main()
