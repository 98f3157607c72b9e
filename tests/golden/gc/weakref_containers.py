import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n

    def __hash__(self):
        return hash(self.n)


# WeakValueDictionary: an entry goes with its value.
d = weakref.WeakValueDictionary()
a, b, c = K(1), K(2), K(3)
d["a"] = a
d["b"] = b
d["c"] = c
print(len(d), sorted(d.keys()), d["a"], "b" in d, d.get("zz"), d.get("zz", 0))
del b
print(len(d), sorted(d.keys()), "b" in d)
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted(d.items()), sorted(d.values(), key=lambda k: k.n))
for key in d:
    print("key", key)
print(d.pop("c"), d.pop("c", "default"), len(d))
print(d.setdefault("x", a), d.setdefault("x", K(9)), len(d))
d.update({"y": c}, z=a)
print(sorted(d.keys()))
copy = d.copy()
del a
print(len(d), sorted(d.keys()), sorted(copy.keys()))
del copy
print(len(d), sorted(d.keys()))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
print(len(d.valuerefs()), d.popitem())

# WeakKeyDictionary: an entry goes with its key; keys compare by their own __eq__.
kd = weakref.WeakKeyDictionary()
k1, k2 = K(1), K(2)
kd[k1] = "one"
kd[k2] = "two"
print(len(kd), kd[K(1)], K(2) in kd, kd.get(K(5), "none"), [] in kd)
del k1
print(len(kd), list(kd.keys()), list(kd.values()), list(kd.items()))
kd[k2] = "deux"
print(list(kd.items()), kd.setdefault(k2, "x"), kd.pop(k2), len(kd))
k3 = K(3)
kd.update({k3: 3})
print(list(kd.items()), len(kd.keyrefs()))

# WeakSet: an item goes when it goes.
ws = weakref.WeakSet()
x, y, z = K(10), K(20), K(30)
ws.add(x)
ws.add(y)
ws.add(x)
print(len(ws), x in ws, K(10) in ws, 5 in ws, sorted(ws, key=lambda k: k.n))
del x
print(len(ws), list(ws))
ws.discard(y)
ws.update([y, z])
print(len(ws), sorted(ws, key=lambda k: k.n))
other = weakref.WeakSet([z])
print(sorted(ws - other, key=lambda k: k.n), list(ws & other), ws >= other, other <= ws)
print(ws.pop() in (y, z), len(ws))
ws.clear()
print(len(ws))

# Entries of objects in cycles go when the collector frees them.
d2 = weakref.WeakValueDictionary()
p, q = K(1), K(2)
p.o, q.o = q, p
d2["p"] = p
del p, q
print(len(d2))
gc.collect()
print(len(d2))

# Iterating while entries die: removals wait until the iteration ends.
vals = weakref.WeakValueDictionary({i: K(i) for i in range(3)})
print(len(vals), list(vals.keys()))
holder = [K(i) for i in range(3)]
vals = weakref.WeakValueDictionary({i: holder[i] for i in range(3)})
for key in vals.keys():
    holder.clear()
print(len(vals))
