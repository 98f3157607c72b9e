# An exception raised while a `for` loop takes its next item is reported at the `for` line
# of each frame, not at the line the loop body ran last.
import traceback


def parse(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x


def numbers():
    yield 1
    yield 2
    raise KeyError("source closed")


def total():
    s = 0
    for v in numbers():
        s += v
        print("running total", s)
    return s


try:
    total()
except KeyError:
    traceback.print_exc()


for v in map(parse, range(5)):
    print("item", v)
