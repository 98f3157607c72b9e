"""`s + t` and `s += t` of short strs.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    a = 'hello'
    b = 'world'
    total = 0
    for i in range(N):
        u = a + b
        u += a
        total += len(u)
    print(total)


main()
