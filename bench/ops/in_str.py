"""`sub in s` for strs.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    s = 'hello world'
    total = 0
    for i in range(N):
        if 'lo w' in s:
            total += 1
        if 'xyz' in s:
            total += 1
        if 'd' in s:
            total += 1
    print(total)


main()
