# A read-only Mapping and a MutableMapping built from the abstract methods, with the mixins.
from collections.abc import Mapping, MutableMapping


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(len(f), f["a"], f.get("z", 0), "a" in f, "z" in f)
print(list(f.keys()), list(f.values()), list(f.items()))
print(f == {"a": 1, "b": 2}, f == {"a": 1}, f != {"a": 1})
print(("a", 1) in f.items(), 2 in f.values(), sorted(f.keys() | {"c"}))


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, key):
        return self._d[key.lower()]

    def __setitem__(self, key, value):
        self._d[key.lower()] = value

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


d = LowerDict({"Host": "x"}, Port=80)
print(dict(d), d["HOST"], d.setdefault("Mode", "fast"), d.pop("port"), dict(d))
d.update([("A", 1)], b=2)
print(sorted(d.items()), d.popitem(), len(d))
print(d.pop("missing", "default"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
d.clear()
print(len(d), dict(d))
try:
    LowerDict().popitem()
except KeyError:
    print("empty popitem")
