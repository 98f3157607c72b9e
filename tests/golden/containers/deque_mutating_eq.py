# deque operations whose items' __eq__ change the deque raise CPython's 'deque mutated during
# iteration'; deques compare item by item as CPython's deque_richcompare.
from collections import deque
import operator
class Evil:
    def __init__(self, d, action, name='e'):
        self.d, self.action, self.name = d, action, name
    def __eq__(self, other):
        print('  eq', self.name, other if not isinstance(other, Evil) else other.name)
        if self.action:
            act, self.action = self.action, None
            act(self.d)
        return False
    __hash__ = None
    def __repr__(self):
        return 'Evil(%s)' % self.name
for meth in ['count', 'index', 'remove', 'contains']:
    d = deque([1, 2, 3])
    e = Evil(d, lambda q: q.append(4))
    try:
        print(meth, getattr(d, meth)(e) if meth != 'contains' else e in d)
    except Exception as ex:
        print(meth, type(ex).__name__, ex)
    print(d)
    d = deque([1, 2, 3])
    e = Evil(d, lambda q: operator.setitem(q, 0, 9))
    try:
        print(meth, getattr(d, meth)(e) if meth != 'contains' else e in d)
    except Exception as ex:
        print(meth, type(ex).__name__, ex)
    print(d)
d1 = deque([1, Evil(None, None, 'a')]); d2 = deque([1, Evil(None, None, 'b')])
print(d1 == d2, d1 != d2)
d3 = deque([1, 2]); d4 = deque([1, Evil(d3, lambda q: q.append(5), 'c')])
for op in ['==', '<']:
    try:
        print(op, d3 == d4 if op == '==' else d3 < d4)
    except Exception as ex:
        print(op, type(ex).__name__, ex)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
try:
    deque([1]) < [1]
except TypeError as ex:
    print(ex)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as ex:
    print(ex)
d = deque([1, 2, 3])
try:
    for x in d:
        d[0] = 7
    print('setitem during iteration is fine', d)
except RuntimeError as ex:
    print(ex)
d = deque(range(5))
it = iter(d)
next(it)
d.rotate(1)
try:
    next(it)
except RuntimeError as ex:
    print(ex)
d = deque([1, 2, 3], maxlen=3)
d.index(2, -100, 100)
print(d.index(3, 1), d.index(2, -2))
try:
    d.index(1, 1, 2)
except ValueError as ex:
    print(ex)
