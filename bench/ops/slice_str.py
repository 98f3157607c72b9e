"""`s[1:5]`, `s[-3:]` of a str.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    s = 'hello world'
    total = 0
    for i in range(N):
        total += len(s[1:5]) + len(s[-3:])
    print(total)


main()
