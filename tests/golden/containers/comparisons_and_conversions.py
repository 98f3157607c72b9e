# != dispatch as CPython's object.__ne__: a class's own __ne__, else its __eq__ inverted.
class E:
    def __repr__(self): return "E"
    def __eq__(self, other):
        print('  E eq', other)
        return 123

class F:
    def __repr__(self): return "F"
    def __ne__(self, other):
        print('  F ne', other)
        return -456

class N:
    def __eq__(self, other):
        print('  N eq')
        return NotImplemented

print(E() != F())
print(F() != E())
for val in (None, 0, 1, 'a'):
    print('== testing', val)
    print(E() == val, val == E(), E() != val, val != E())
    print(F() == val, val == F(), F() != val, val != F())
n = N()
print(n != n, n == n, n != N())

# Bound methods hash by their object's identity (a list's method is hashable).
m = [].append
print(type(hash(m)), hash(m) == hash(m))

# __int__, __float__ and __index__ results are checked.
class BadInt:
    def __int__(self): return None
class BadFloat:
    def __float__(self): return 1
class BadIndex:
    def __index__(self): return 'x'
for f, x in [(int, BadInt()), (float, BadFloat()), (int, BadIndex()), (float, BadIndex())]:
    try:
        f(x)
    except TypeError as e:
        print(e)

class A:
    def __int__(self): return 123
print('%d' % A(), '%i' % A())
class Idx:
    def __index__(self): return 255
print('%x %o %X' % (Idx(), Idx(), Idx()))

# bytes containment.
print(b'' in b'123', b'0' in b'123', b'23' in b'123', 49 in b'123', 48 in b'123')
for item in [256, -1, 'x']:
    try:
        item in b'abc'
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# A subclass of list or dict takes part in list and dict operations.
class MyList(list):
    pass
class MyDict(dict):
    pass
a = MyList([1, 2, 5])
print(a + [20, 30], [0] + a, a * 2, a == [1, 2, 5], a < [1, 3])
print(MyDict(x=1) | {'y': 2}, {'y': 2} == MyDict(y=2))

# OrderedDicts compare in order with each other, as plain dicts with dicts.
from collections import OrderedDict
x = OrderedDict([('a', 1), ('b', 2)])
y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, x != y, x == dict(y), dict(y) == x, x == OrderedDict(x), OrderedDict() == OrderedDict([('a', 1)]))
from collections import deque
class I:
    def __index__(self): return 2
print('ab' * I(), I() * [1], (1,) * I(), b'x' * I(), deque([1]) * I())
class N: pass
for f in [lambda: 'a' * N(), lambda: N() * [1], lambda: deque() * N()]:
    try:
        f()
    except TypeError as e:
        print(e)
print([1] * True, 'x' * -3, (1,) * 0)
