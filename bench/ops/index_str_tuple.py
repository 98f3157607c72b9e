"""`s[i]` of a str and `t[i]` of a tuple.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 3_000_000


def main():
    s = 'abcdefgh'
    t = (1, 2, 3, 4)
    total = 0
    for i in range(N):
        total += len(s[3]) + t[2] + t[-1]
    print(total)


main()
