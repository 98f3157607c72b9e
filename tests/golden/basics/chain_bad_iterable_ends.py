# A pipeline chaining its sources: a source that is not iterable ends the chain.
from itertools import chain


def sources():
    yield [1, 2]
    yield 42          # a mistake: not a list
    yield [3, 4]


merged = chain.from_iterable(sources())
print(next(merged), next(merged))
try:
    next(merged)
except TypeError as e:
    print("TypeError:", e)
print(list(merged))

c = chain([1], None, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c), list(c))


def failing():
    yield [5]
    raise ValueError("source broke")


c = chain.from_iterable(failing())
print(next(c))
try:
    next(c)
except ValueError as e:
    print("ValueError:", e)
print(list(c))

# An error inside one iterable does not end the chain.
def flaky():
    yield 1
    raise KeyError("inner")


c = chain(flaky(), [7, 8])
print(next(c))
try:
    next(c)
except KeyError as e:
    print("KeyError:", e)
print(list(c))
