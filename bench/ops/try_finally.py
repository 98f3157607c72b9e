"""A `try`/`finally`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    total = 0
    for i in range(N):
        try:
            total += 1
        finally:
            total += 1
    print(total)


main()
