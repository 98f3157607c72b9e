# A decorator logging calls with shortened argument representations.
import functools
import reprlib

short = reprlib.Repr()
short.maxstring = 15
short.maxlist = 3
short.maxother = 20


def traced(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        parts = [short.repr(a) for a in args] + [f"{k}={short.repr(v)}" for k, v in kwargs.items()]
        result = f(*args, **kwargs)
        print(f"{f.__name__}({', '.join(parts)}) -> {short.repr(result)}")
        return result
    return wrapper


@traced
def merge(a, b, *, label="merged text value"):
    return sorted(a + b)


merge(list(range(10)), [3, 1], label="a very long label indeed")
merge([], [1])
