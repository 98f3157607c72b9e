"""Float and int mixed: `f * i`, `i / n`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 5_000_000


def main():
    f = 0.5
    total = 0
    for i in range(N):
        total += f * i + i / 7 - 3
    print(round(total))


main()
