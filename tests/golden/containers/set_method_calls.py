# The methods of set and frozenset called as a program may: on instances, through the class
# (also on subclass instances), with wrong arguments, and what type each result has.
s = {1, 2}
fs = frozenset({3})
tests = [
    lambda: s.add(), lambda: s.add(1, 2), lambda: s.add(x=1), lambda: s.pop(1), lambda: s.copy(x=1),
    lambda: s.update(x=1), lambda: s.union([1], x=2), lambda: s.union(), lambda: s.issubset(),
    lambda: s.symmetric_difference(), lambda: set.add(fs, 1), lambda: frozenset.union(s),
    lambda: set.union(fs), lambda: set.add(), lambda: frozenset.copy(), lambda: set.pop(3),
    lambda: s.remove([1]), lambda: s.discard({1}), lambda: s.remove(9), lambda: set().pop(),
    lambda: s.isdisjoint(5), lambda: s.difference(5), lambda: s.issubset(None), lambda: s.intersection_update(1),
    lambda: fs.union(1), lambda: s.clear(1), lambda: set.discard(s), lambda: s.remove(),
]
for t in tests:
    try:
        r = t()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(s))
class S(set): pass
x = S([1])
print(set.add(x, 5), sorted(x), S.union(x, [7]), type(S.union(x, [7])).__name__, type(x.copy()).__name__)
class F(frozenset): pass
f = F([1, 2])
print(frozenset.union(f, [3]), type(f.union([3])).__name__, type(f.copy()).__name__, f.copy() is f, fs.copy() is fs)
