"""`int(s)`, `str(n)`, `float(n)`, `tuple(lst)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    lst = [1, 2, 3]
    total = 0
    for i in range(N):
        total += int('42') + len(str(i)) + int(float(i)) + len(tuple(lst))
    print(total)


main()
