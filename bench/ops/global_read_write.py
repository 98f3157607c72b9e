"""Reading and writing a global.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


G = 0
K = 3

N = 2_000_000


def main():
    global G
    total = 0
    for i in range(N):
        G = G + 1
        total += G + K
    print(total)


main()
