"""Generator expressions handed straight to tuple() and list(): results, laziness of the
first iterable, errors and tracebacks from inside, StopIteration inside, shadowed names."""

import sys
import traceback


def print_tb():
    # The traceback without CPython's marker lines under the source.
    for line in traceback.format_exc().splitlines():
        if line.strip(" ^~"):
            print(line)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))


class Noisy:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("iter called")
        return iter(self.items)


def basics():
    xs = [3, 1, 2]
    print(tuple(x * 2 for x in xs))
    print(list(x for x in xs if x > 1))
    print(tuple((a, b) for a in "ab" for b in range(2)))
    print(list(i for i, x in enumerate(xs) if x != 1))
    print(tuple(x for x in ()))
    print(list(x for x in range(0)))
    k = 10
    print(tuple(x + k for x in xs))
    print(list(lambda: x for x in range(2))[1]())
    print(tuple(Noisy([1, 2])))
    print(tuple(x for x in Noisy([5])))
    print(len(list(n for n in range(1000))))


def errors():
    show(lambda: tuple(x for x in 5))
    show(lambda: tuple(1 / x for x in [1, 0]))
    show(lambda: list(next(iter([])) for x in [1]))
    show(lambda: tuple(x for x in [1] if next(iter(()))))

    def raiser():
        yield 1
        raise StopIteration("inner")
    show(lambda: list(x for x in raiser()))
    try:
        tuple(int(s) for s in ["1", "x"])
    except ValueError:
        print_tb()
    try:
        list(y for y in undefined_name)
    except NameError:
        print_tb()


def frames():
    print(tuple(sys._getframe().f_code.co_name for _ in range(1)))
    print(list(sys._getframe(1).f_code.co_name for _ in range(1)))


def shadowed():
    def tuple(g):
        return "my tuple: %s" % type(g).__name__

    print(tuple(x for x in [1]))
    list = lambda g: sorted(g, reverse=True)
    print(list(x for x in [1, 3, 2]))


class Sub(tuple):
    pass


basics()
errors()
frames()
shadowed()
print(Sub(x for x in [1, 2]), type(Sub(x for x in [1])).__name__)
g = (x for x in [1, 2])
print(tuple(g), tuple(g))
print(list(x for x in [9]), tuple(x for x in "z"))
tuple(x for x in [1, 2, 0] if 1 // x)
