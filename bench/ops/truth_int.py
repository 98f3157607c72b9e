"""`if x:` of ints.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    x = 5
    y = 0
    total = 0
    for i in range(N):
        if i:
            total += 1
        if x:
            total += 1
        if y:
            total += 1
        if not x:
            total += 1
    print(total)


main()
