import functools
import os
import warnings


def deprecated(reason):
    def wrap(func):
        @functools.wraps(func)
        def inner(*args, **kwargs):
            warnings.warn(f"{func.__name__} is deprecated: {reason}",
                          DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return inner
    return wrap


@deprecated("use new_sum")
def old_sum(a, b):
    return a + b


def client():
    return old_sum(1, 2)


def deeper():
    warnings.warn("three levels up", UserWarning, stacklevel=3)


def middle():
    deeper()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(client())
    print(old_sum(3, 4))
    middle()
    warnings.warn("past the top", RuntimeWarning, stacklevel=10)
    warnings.warn("level zero is level one", UserWarning, stacklevel=0)

for w in caught:
    print(w.category.__name__, os.path.basename(w.filename), w.lineno, w.message)
