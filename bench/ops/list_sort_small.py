"""`sorted(lst)` and `lst.sort()` of 10 ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    lst = [5, 3, 9, 1, 7, 2, 8, 0, 6, 4]
    total = 0
    for i in range(N):
        total += sorted(lst)[0]
        lst2 = lst[:]
        lst2.sort()
    print(total)


main()
