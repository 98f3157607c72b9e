"""`len(x)` of a list, a str and a dict.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 3_000_000


def main():
    lst = [1, 2, 3]
    s = 'abcd'
    d = {1: 2}
    total = 0
    for i in range(N):
        total += len(lst) + len(s) + len(d)
    print(total)


main()
