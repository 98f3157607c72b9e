"""`sum`, `any`, `all`, `min`, `max` of a list of 10.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    lst = list(range(10))
    total = 0
    for i in range(N):
        total += sum(lst) + any(lst) + all(lst) + min(lst) + max(lst)
    print(total)


main()
