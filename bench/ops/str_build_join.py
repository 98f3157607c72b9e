"""Building a str of 20 parts in a list and joining it.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 200_000


def main():
    total = 0
    for i in range(N):
        parts = []
        for k in range(20):
            parts.append(str(k))
        total += len(''.join(parts))
    print(total)


main()
