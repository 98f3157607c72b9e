"""Creating a closure (`def` inside a loop).

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 1_000_000


def main():
    total = 0
    for i in range(N):
        def f(x):
            return x + i
        total += f(1)
    print(total)


main()
