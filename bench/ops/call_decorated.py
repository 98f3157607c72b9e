"""A function wrapped by a decorator passing `*args, **kwargs` through.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""


def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def f(a, b):
    return a + b


N = 1_500_000


def main():
    total = 0
    for i in range(N):
        total += f(i, 2)
    print(total)


main()
