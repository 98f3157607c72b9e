# Swapping a function's code: the function keeps its name, defaults and globals.
def fast(a, b=2):
    return a + b


def slow(a):
    return a * 10


print(slow(3))
slow.__code__ = fast.__code__
try:
    print(slow(3))
except TypeError as e:
    print("TypeError:", e)


def minus(a, b):
    return a - b


slow.__code__ = minus.__code__
print(slow(5, 1), slow.__name__, slow.__code__ is minus.__code__, slow.__code__.co_name)


def outer():
    x = 1

    def inner():
        return x

    return inner


try:
    slow.__code__ = outer().__code__
except ValueError as e:
    print("ValueError:", e)
try:
    slow.__code__ = 5
except TypeError as e:
    print("TypeError:", e)


def options(*, color="red", size=1):
    return color, size


def reordered(*, size=0, color="blue"):
    return size, color


options.__code__ = reordered.__code__
print(options(), sorted(options.__kwdefaults__.items()))


def counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n

    return step


def twice():
    y = 0

    def step():
        nonlocal y
        y += 2
        return y

    return step


a = counter()
b = twice()
a.__code__ = b.__code__
print(a(), a(), b())
