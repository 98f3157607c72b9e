# depth= hides deep levels; compact= packs short items.
import pprint

data = {"a": [1, [2, [3, [4, [5]]]]], "b": {"c": {"d": {"e": 1}}}, "t": (1, (2, (3,)))}
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=3)
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat(list(range(40)), width=30))
print(pprint.pformat([["ab"] * 6, ["cd"] * 6], width=30, compact=True))
