# Dict keys are sorted unless sort_dicts=False; pp keeps insertion order.
import pprint

d = {"zebra": 1, "apple": [1, 2], "mango": {"y": 1, "x": 2}, "banana": None}
pprint.pprint(d)
pprint.pprint(d, sort_dicts=False)
pprint.pp(d)
pprint.pp({"b": 1, "a": [list(range(30))]})
print(pprint.pformat({1: "a", "b": 2, (1, 2): None, None: 0}))
print(pprint.pformat({3, 1, 2}), pprint.pformat(set(range(30))))
print(pprint.pformat(frozenset(range(25))))
