# signature follows __wrapped__ set by functools.wraps.
import functools
import inspect


def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@logged
def add(a, b=1, *, scale=1):
    return (a + b) * scale


print(inspect.signature(add))
print(inspect.signature(add, follow_wrapped=False))
print(add(1, 2, scale=3))
