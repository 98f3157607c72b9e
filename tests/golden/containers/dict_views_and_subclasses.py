# Dict views, OrderedDict, defaultdict and Counter changed while iterated; the set operations
# and comparisons of keys and items views; dict | dict and |=.
from collections import OrderedDict, defaultdict, Counter
od = OrderedDict(a=1, b=2, c=3)
for k in od:
    od[k] = od[k] * 10
print(od)
od.move_to_end('a'); print(od, od.popitem(), od.popitem(last=False), od)
dd = defaultdict(int)
try:
    for k in ['x']:
        dd[k] += 1
    for k in dd:
        dd['new' + k]
except RuntimeError as e:
    print('RuntimeError', e)
print(dd)
c = Counter('abracadabra')
try:
    for k in c:
        c[k + k] += 1
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1, 2: 2}
for view in [d.keys(), d.values(), d.items()]:
    try:
        for x in view:
            d[len(d) + 10] = 0
    except RuntimeError as e:
        print('RuntimeError', e)
d = {1: 'a', 2: 'b'}
print(d.keys() & {1, 3}, d.keys() | {3}, d.keys() - {1}, d.keys() ^ {1, 5}, (1, 'a') in d.items(), (1, 'b') in d.items(), 'a' in d.values())
print(d.keys() == {1, 2}, d.items() == {(1, 'a'), (2, 'b')}, d.keys() < {1, 2, 3}, len(d.items()), list(reversed(d)), list(reversed(d.items())))
print(d | {3: 'c'}, {0: 'z'} | d)
d |= {5: 'e'}; print(d)
from collections import Counter, OrderedDict
a = Counter(a=3, b=1, c=-1); b = Counter(a=1, b=2, d=4)
print(a | b, a & b, a.copy(), type(a.copy()), +a, -a)
o = OrderedDict(x=1); print(o | {'y': 2}, {'y': 2} | o, o.copy(), type(o.copy()))
o |= {'z': 3}; print(o)
print(OrderedDict.fromkeys('ab'))
from collections import Counter
c = Counter("abracadabra")
print(c, c.most_common(2))
c.update("aaz")
print(c)
class C(Counter): pass
print(C("xyx"))
