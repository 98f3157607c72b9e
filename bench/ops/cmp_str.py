"""`==` and `<` between strs.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    a = 'hello world'
    b = 'hello there'
    c = 'hello world'
    total = 0
    for i in range(N):
        if a == b:
            total += 1
        if a < b:
            total += 1
        if a == c:
            total += 1
        if a != b:
            total += 1
    print(total)


main()
