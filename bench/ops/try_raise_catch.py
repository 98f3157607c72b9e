"""`raise ValueError` caught by `except ValueError`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    total = 0
    for i in range(N):
        try:
            raise ValueError('x')
        except ValueError:
            total += 1
    print(total)


main()
