# List operations whose items' __eq__ or a sort key change the list: the length and items are
# read afresh at each step, and sort reports a list modified while sorting.
class Evil:
    def __init__(self, lst, action, name='e'):
        self.lst, self.action, self.name = lst, action, name
    def __eq__(self, other):
        print('  eq', self.name, other if not isinstance(other, Evil) else other.name)
        if self.action:
            act, self.action = self.action, None
            act(self.lst)
        return False
    __hash__ = None
    def __repr__(self):
        return 'Evil(%s)' % self.name

x = [1, 2, 3]
e = Evil(x, lambda l: l.clear())
print(e in x, x)
x = [1, 2, 3]
print(x.count(Evil(x, lambda l: l.append(4))), x)
x = [1, 2, 3]
try:
    x.index(Evil(x, lambda l: l.pop()))
except ValueError as err:
    print('ValueError', err)
print(x)
x = [1, 2, 3]
try:
    x.remove(Evil(x, lambda l: l.extend([7, 8])))
except ValueError as err:
    print('ValueError', err)
print(x)
a = [Evil(None, None, 'a'), 1]
b = [Evil(None, None, 'b'), 1]
print(a == b, a != b)
c = [1, 2]
d = [1, Evil(c, lambda l: l.append(9), 'd')]
print(c == d, c)
# sort with a key or comparisons that change the list
x = [3, 1, 2]
def key(v):
    x.append(v)
    return v
try:
    x.sort(key=key)
except ValueError as err:
    print('ValueError', err)
print(x)
class Cmp:
    def __init__(self, v, lst): self.v, self.lst = v, lst
    def __lt__(self, other):
        self.lst.append(0)
        return self.v < other.v
    def __repr__(self): return 'C%d' % self.v
y = []
y.extend([Cmp(2, y), Cmp(1, y)])
try:
    y.sort()
except ValueError as err:
    print('ValueError', err)
print(y)
z = [5, 3, 1]
def seen(v):
    print('  key sees', len(z), z)
    return v
z.sort(key=seen); print(z)
print(sorted([3, 1, 2], key=lambda v: -v), min([3, 1, 2], key=lambda v: -v), max('abc', key=ord))
w = [1, 2, 3]
def shrink(v):
    if len(w) > 1: w.pop()
    return v
print(max(w, key=shrink), w)
# <, > on lists whose items mutate
class Lt:
    def __init__(self, lst): self.lst = lst
    def __eq__(self, o):
        self.lst.clear()
        return False
    def __lt__(self, o): return 'Lt.lt'
    def __gt__(self, o): return 'Lt.gt'
p = [0]
q = [Lt(p)]
print(p < q, q > p, [q[0]] < [1], (1, q[0]) < (1, 2))
x = [3, 1, 2]
def key(v):
    x.append(0)
    x.pop()
    return v
try:
    x.sort(key=key)
except ValueError as e:
    print(e)
print(x)
y = [3, 1, 2]
def key2(v):
    y.clear()
    return v
y.sort(key=key2); print(y)
from collections import deque
class I:
    def __index__(self): return 1
d = deque('abc'); print(d[I()]); d[I()] = 'z'; print(d)
for i in [2**63, -2**63]:
    try:
        d[i]
    except IndexError as e:
        print(e)
