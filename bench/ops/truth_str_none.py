"""`if s:` of strs and `if x:` of None.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    s = 'a'
    n = None
    total = 0
    for i in range(N):
        if s:
            total += 1
        if n:
            total += 1
        if s:
            total += 1
        if not n:
            total += 1
    print(total)


main()
