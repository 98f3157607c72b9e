"""`a, b, c = lst` for a list of three.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    lst = [1, 2, 3]
    total = 0
    for i in range(N):
        a, b, c = lst
        a, b, c = lst
        a, b, c = lst
        a, b, c = lst
        total += a + c
    print(total)


main()
