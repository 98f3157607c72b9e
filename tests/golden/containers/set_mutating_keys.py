# set probes whose items' __eq__ run user code that changes the set.
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

s = set()
a = Key('a', 1); b = Key('b', 1)
s.add(a); s.add(b)
print(len(s), Key('b', 1) in s)
k = Key('b', 1, s, lambda t: t.add(Key('zz', 2)))
print(k in s, len(s))
k2 = Key('a', 1, s, lambda t: t.clear())
print(k2 in s, len(s))
s2 = {Key('p', 4), Key('q', 4)}
k3 = Key('q', 4, s2, lambda t: t.discard(next(iter(t))))
s2.add(k3)
print(len(s2))
fs = frozenset([Key('m', 9)])
print(Key('m', 9) in fs)
class BadEq:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('bad eq')
s3 = {BadEq()}
for op in [lambda: BadEq() in s3, lambda: s3.add(BadEq()), lambda: s3.discard(BadEq()), lambda: s3.remove(BadEq()), lambda: s3 == {BadEq()}, lambda: s3 <= {BadEq()}]:
    try:
        print(op())
    except ValueError as e:
        print('ValueError', e)
s4 = {1, 2, 3}
try:
    for x in s4:
        s4.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
s5 = {1, 2, 3}
try:
    for x in s5:
        s5.discard(x)
except RuntimeError as e:
    print('RuntimeError', e)
print({frozenset({1, 2}): 'v'}[frozenset([2, 1])], {1, 2} in {frozenset({1, 2})})
# dict.fromkeys of a set or a dict uses the stored hashes: no __hash__ runs.
class Noisy:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print('  hash', self.v)
        return self.v
    def __repr__(self): return 'N%d' % self.v
ns = {Noisy(1), Noisy(2)}
print('fromkeys')
print(sorted(dict.fromkeys(ns), key=repr), sorted(dict.fromkeys({Noisy(3): 0}), key=repr))
