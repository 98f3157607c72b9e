from collections import deque
import collections

d = deque([1, 2, 3])
d[1] = 20
e = d.copy()
e.append(4)
print(d, e, d == deque([1, 20, 3]), d == e)
d.insert(1, 10)
print(d, type(d).__name__, isinstance(d, deque), collections.deque is deque)
d.append(d)
print(d)
print(sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])), max(deque("abc")))
