"""`f'{a}-{b}'` of an int and a str.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 2_000_000


def main():
    s = 'abc'
    total = 0
    for i in range(N):
        total += len(f'{i}-{s}')
    print(total)


main()
