# Merging per-user settings: the operators keep the mapping's own type.
from collections import defaultdict, OrderedDict, Counter

defaults = defaultdict(list, theme=["dark"])
overrides = {"font": ["mono"], "theme": ["light"]}

merged = defaults | overrides
print(type(merged).__name__, merged.default_factory, dict(merged))
merged["plugins"].append("git")
print(sorted(merged))

reverse = overrides | defaults
print(type(reverse).__name__, dict(reverse))

defaults |= {"size": [12]}
print(type(defaults).__name__, dict(defaults))
print(type(defaults.copy()).__name__, defaults.copy().default_factory)


class Tally(defaultdict):
    pass


t = Tally(int, a=1) | {"b": 2}
print(type(t).__name__, t["zzz"], dict(t))
print((defaults | 3) if False else "skip")
try:
    defaults | [("x", 1)]
except TypeError:
    print("a list of pairs is not merged")

od = OrderedDict(a=1) | {"b": 2}
print(type(od).__name__, list(od.items()))
od2 = {"z": 0} | OrderedDict(a=1)
print(type(od2).__name__, list(od2.items()))
c = Counter(a=1, b=2) | Counter(a=3)
print(type(c).__name__, sorted(c.items()))
