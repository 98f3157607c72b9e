"""`with` of an instance with `__enter__`/`__exit__`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


class CM:
    def __enter__(self):
        return 1

    def __exit__(self, *exc):
        return False


N = 2_000_000


def main():
    cm = CM()
    total = 0
    for i in range(N):
        with cm as v:
            total += v
    print(total)


main()
