# list.extend, += and deque.extend append each item as the iterable yields it, so an
# iterator that changes or reads the container sees what CPython's does.
x = [1]
def g():
    yield 2
    x.append(9)
    yield 3
x.extend(g())
print(x)
y = [1]
def h():
    yield len(y)
    yield len(y)
y += h()
print(y)
z = [1, 2]
z.extend(z); print(z)
z += z; print(z)
try:
    z.extend(5)
except TypeError as e:
    print(e)
try:
    z += 5
except TypeError as e:
    print(e)
from collections import deque
d = deque([1])
def gd():
    yield 2
    d.append(9)
    yield 3
d.extend(gd()); print(d)
d.extend(d); print(d)
d2 = deque([1, 2, 3])
try:
    d2.extend(x for x in d2)
except RuntimeError as e:
    print(e)
print(d2)
