"""`s[1:5]`, `s[-3:]`, `s[::-1]` of a non-ASCII str of 60 chars.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 1_000_000


def main():
    s = 'Привет, мир! Ünïcödé text with a few wide chars: 日本語 ✓ end'
    total = 0
    for i in range(N):
        total += len(s[1:5]) + len(s[-3:]) + len(s[i % 7 :: 9])
    print(total)


main()
