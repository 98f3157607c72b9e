# dict probes whose keys' __eq__/__hash__ run user code that changes the dict: lookups
# restart, errors propagate, iteration notices a change of size.
# A key whose __eq__ mutates the dict being searched.
class Key:
    def __init__(self, name, h, target=None, action=None):
        self.name, self.h, self.target, self.action = name, h, target, action
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print('  eq', self.name, getattr(other, 'name', other))
        if self.action:
            act, self.action = self.action, None
            act(self.target)
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return 'K(%s)' % self.name

d = {}
a = Key('a', 1); b = Key('b', 1)
d[a] = 1
d[b] = 2
print(d)
# lookup of a fresh key equal to b: compares with a then b
print(d.get(Key('b', 1)))
# a probe whose __eq__ clears the dict
c = Key('c', 1, d, lambda t: t.clear())
d[Key('a2', 1)] = 0
print(d)
d2 = {Key('x', 5): 1, Key('y', 5): 2}
k = Key('y', 5, d2, lambda t: t.__setitem__(99, 'added'))
print(d2.get(k), len(d2))
# __eq__ that deletes the entry it is compared with
d3 = {}
x = Key('x', 7); d3[x] = 'x'
k3 = Key('x', 7, d3, lambda t: t.pop(x))
print(k3 in d3, d3)
# __hash__ raising
class BadHash:
    def __hash__(self):
        raise ValueError('no hash')
try:
    {}[BadHash()] = 1
except ValueError as e:
    print('ValueError', e)
try:
    BadHash() in {1: 2}
except ValueError as e:
    print('ValueError', e)
# __eq__ raising
class BadEq:
    def __hash__(self): return 1
    def __eq__(self, o): raise KeyError('from eq')
d4 = {BadEq(): 1}
try:
    d4[BadEq()]
except KeyError as e:
    print('KeyError', e)
# __eq__ that re-enters the dict (reads and writes it)
class Reentrant:
    def __init__(self, d): self.d = d
    def __hash__(self): return 3
    def __eq__(self, o):
        self.d['seen'] = self.d.get('seen', 0) + 1
        return self is o
d5 = {}
r1 = Reentrant(d5); d5[r1] = 'r1'
r2 = Reentrant(d5)
d5[r2] = 'r2'
print(sorted(map(str, d5.values())), d5['seen'])
# iteration while changing size
d6 = {1: 1, 2: 2}
try:
    for k in d6:
        d6[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
d7 = {1: 1, 2: 2, 3: 3}
try:
    for k in d7:
        del d7[k]
        d7[k + 100] = 0
except RuntimeError as e:
    print('RuntimeError', e)
print(d7)
it = iter({1: 2})
print(list(it), list(it))
d8 = {1: 1}
it = iter(d8.items())
d8[2] = 2
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError again', e)
for v in (d9 := {1: 'a'}).values():
    d9[1] = 'b'
print(d9)
# update from a dict that changes during update
class Grow:
    def __init__(self, src): self.src = src
    def __hash__(self): return 11
    def __eq__(self, o):
        self.src[len(self.src) + 1000] = 0
        return False
src = {}
g1 = Grow(src); src[g1] = 1
dst = {Grow(src): 0}
try:
    dst.update(src)
except RuntimeError as e:
    print('RuntimeError', e)
