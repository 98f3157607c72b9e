# Subclasses of list, dict and tuple keep their type and attributes.
import copy
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque


class Tags(list):
    pass


class Registry(dict):
    pass


t = Tags(["a", ["b"]])
t.owner = "ann"
t2 = copy.deepcopy(t)
print(type(t2).__name__, t2, t2.owner, t2[1] is t[1])
r = Registry(x=[1])
r.version = 3
r2 = copy.copy(r)
print(type(r2).__name__, r2, r2.version, r2["x"] is r["x"])
od = OrderedDict([("b", 1), ("a", [2])])
print(copy.deepcopy(od), copy.copy(od))
dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["new"].append(0)
print(dd2, dd)
print(copy.deepcopy(Counter("hello")))
Point = namedtuple("Point", "x y")
p = Point(1, [2])
p2 = copy.deepcopy(p)
print(p2, p2.y is p.y, copy.copy(p) is p)
q = deque([1, [2]], maxlen=3)
q2 = copy.deepcopy(q)
print(q2, q2.maxlen, q2[1] is q[1], copy.copy(q))
