import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__)


def plain(x):
    return x


def wrapper(x):
    return plain(x)


functools.update_wrapper(wrapper, plain)
print(wrapper.__name__, wrapper(5))
