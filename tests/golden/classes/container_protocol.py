class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        self._d[k] = v
    def __getitem__(self, k):
        return self._d[k]
    def __delitem__(self, k):
        del self._d[k]
    def __contains__(self, k):
        return k in self._d
    def __len__(self):
        return len(self._d)

r = Registry()
r["a"] = 1
r["b"] = 2
print(r["a"], "b" in r, len(r))
del r["a"]
print("a" in r, len(r))
try:
    r["zz"]
except KeyError as e:
    print("KeyError:", e)
