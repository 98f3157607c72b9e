# Containers that contain themselves print [...], {...}, ... as CPython's Py_ReprEnter does;
# a str or repr that recurses for ever is a RecursionError.
from collections import deque, OrderedDict, defaultdict, Counter
import functools
a = []; a.append(a); print(a, repr(a), str(a))
d = {}; d[1] = d; print(d)
d2 = {}; d2['k'] = d2.keys(); print(d2)
d3 = {}; d3['k'] = d3.values(); print(d3)
d4 = {}; d4['k'] = d4.items(); print(d4)
q = deque(); q.append(q); print(q)
q2 = deque(maxlen=3); q2.append(q2); print(q2)
t = ([],); t[0].append(t); print(t)
s = [set()]; print(s)
class L(list): pass
x = L(); x.append(x); print(x)

print(frozenset(), frozenset({1}))
od = OrderedDict(); od['a'] = od; print(od)
dd = defaultdict(list); dd['a'] = dd; print(dd)
c = Counter(); c['a'] = c; print(c) if False else None
p = functools.partial(print); print(repr(p)[:30])
class R:
    def __init__(self): self.items = [self]
    def __repr__(self): return 'R' + repr(self.items)
print(R())
fs = frozenset([(1, 2)]); print(fs)
e = Exception(); e.args = ([1, [2]],); print(str(e), repr(e))
try:
    e2 = Exception(); e2.args = (e2,); print(str(e2))
except RecursionError as err:
    print('RecursionError', err)
try:
    e3 = KeyError(); e3.args = (e3,); print(str(e3))
except RecursionError as err:
    print('RecursionError', err)
