# Structures nested 100,000 deep, built in loops, and containers inside themselves: repr, str,
# ==, <, in, hash and print give CPython's result or RecursionError, never a native stack
# overflow.
def build(n, mk):
    x = mk(None)
    for i in range(n):
        x = mk(x)
    return x
N = 100000
e = Exception()
for i in range(N):
    e = Exception(e)
try:
    str(e)
except RecursionError as err:
    print('exc str', err)
try:
    repr(e)
except RecursionError as err:
    print('exc repr', err)
x = []
for i in range(N):
    x = [x, i]
try:
    print(x)
except RecursionError as err:
    print('print', err)
a = []; a.append(a)
b = []; b.append(b)
print(a == a, a != a)
try:
    a == b
except RecursionError as err:
    print('a == b', err)
d1 = {}; d1[1] = d1
d2 = {}; d2[1] = d2
print(d1 == d1)
try:
    d1 == d2
except RecursionError as err:
    print('d1 == d2', err)
t = ()
for i in range(N):
    t = (t, i)
print(hash(t) == hash(t))
print('done')
from collections import deque
x = deque()
for i in range(100000):
    x = deque([x])
try:
    repr(x)
except RecursionError as e:
    print(1, e)
y = deque()
for i in range(100000):
    y = deque([y])
try:
    x == y
except RecursionError as e:
    print(2, e)
import functools
p = print
for i in range(100000):
    p = functools.partial(p)
try:
    repr(p)
except RecursionError as e:
    print(3, e)
d = {}
v = d.values()
for i in range(100000):
    v = {1: v}.values()
try:
    repr(v)
except RecursionError as e:
    print(4, e)
