"""`enumerate`, `zip` and `range` in `for` (10 each).

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 200_000


def main():
    lst = list(range(10))
    total = 0
    for i in range(N):
        for k, x in enumerate(lst):
            total += k
        for x, y in zip(lst, lst):
            total += y
        for k in range(10):
            total += k
    print(total)


main()
