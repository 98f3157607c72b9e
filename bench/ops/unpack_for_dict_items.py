"""`for k, v in d.items()`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 50_000


def main():
    d = {str(k): k for k in range(100)}
    total = 0
    for i in range(N):
        for k, v in d.items():
            total += v
    print(total)


main()
