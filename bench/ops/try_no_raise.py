"""A `try`/`except` that raises nothing.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 10_000_000


def main():
    total = 0
    for i in range(N):
        try:
            total += i
        except ValueError:
            total -= 1
    print(total)


main()
