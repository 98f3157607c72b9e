"""`lst[i]` read and `lst[i] = v` write.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    lst = list(range(10))
    total = 0
    for i in range(N):
        lst[3] = i
        total += lst[3] + lst[-1] + lst[0]
    print(total)


main()
