"""`d[k]` read and write with int keys.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    d = {k: k for k in range(64)}
    total = 0
    for i in range(N):
        d[i & 63] = i
        total += d[5] + d[i & 63]
    print(total)


main()
