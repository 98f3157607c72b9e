# str(int), int(x), str + str, len and dict keys of mixed types.
import sys

for i in [0, 7, -7, 10, -10, 123456789, -987654321, sys.maxsize, -sys.maxsize - 1, 2**70, -(2**70)]:
    s = str(i)
    print(s, len(s), int(s) == i, repr(s))
print(str(True), str(False), str(None), str(1.5), str('abc'), str(), int(), int('  42 '), int(True))
print(str(b'x'), int(3.9), int(-3.9), str(-0.0))

class S(str):
    pass

class I(int):
    pass

print(type(str(S('q'))).__name__, type(S(5)).__name__, S(5), type(int(I(3))).__name__, I(3) + 1)

a = 'héllo' + '!' + str(5)
print(a, len(a), len('ab' + 'cd'), a[1], a[-1], ('x' + 'é')[1])
print(len([1, 2]), len((1,)), len({1: 2}), len('é' * 3), len(range(5)), len({1, 2}))

d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
d['1'] = 'str'
d[(1, 'a')] = 'tuple'
d[(1.0, 'a')] = 'tuple2'
print(d, d.get(1), d.get(True), d.get(1.0), d.get('1'), d.get((True, 'a')))
d[0] = 0
print(d.get(False), d.get(0.0), d.get(-0.0), len(d))

counts = {}
words = ['alpha', 'beta', 'gamma']
for i in range(30):
    w = words[i % len(words)] + str(i % 4)
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(list(counts)[:3], 'alpha0' in counts, 'alpha9' in counts)
k = 'al' + 'pha0'
print(counts[k], counts.get('x' + 'y', 'none'))
for bad in [[1], {}, {1}]:
    try:
        counts[bad] = 1
    except TypeError as e:
        print('TypeError:', e)
    try:
        counts.get(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('a' + 1)
except TypeError as e:
    print('TypeError:', e)
