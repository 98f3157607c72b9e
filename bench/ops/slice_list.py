"""`lst[2:8]`, `lst[:3]`, `lst[::2]` of a list of 10.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 1_000_000


def main():
    lst = list(range(10))
    total = 0
    for i in range(N):
        total += len(lst[2:8]) + len(lst[:3]) + len(lst[::2])
    print(total)


main()
