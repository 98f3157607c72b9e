import functools
import sys


def caller_name(skip=2):
    return sys._getframe(skip).f_code.co_name


def trace(func):
    @functools.wraps(func)
    def wrapper(*args):
        print(f"{caller_name()} calls {func.__name__}{args}")
        return func(*args)
    return wrapper


@trace
def add(a, b):
    return a + b


@trace
def twice(x):
    return add(x, x)


def main():
    return twice(4)


print(main())
print(add.__wrapped__.__code__.co_firstlineno, main.__code__.co_firstlineno)
code = sys._getframe().f_code
print(code.co_name, code.co_filename == __file__)


def snapshot():
    a = 1
    loc = sys._getframe().f_locals
    loc["a"] = 99
    b = 2
    return a, sorted(loc), sorted(sys._getframe().f_locals)


print(snapshot())


def closure():
    hidden = "cell"

    def inner():
        return hidden, sorted(sys._getframe().f_locals.items())

    return inner(), sorted(sys._getframe().f_locals)


print(closure())
