# An LRU-style cache of recent lookups built on OrderedDict and defaultdict, whose maintenance
# calls the container methods through their classes (as code written for speed often does),
# with the mistakes such code makes reported as CPython reports them.
from collections import Counter, OrderedDict, defaultdict


class Recent:
    def __init__(self, size):
        self.size = size
        self.entries = OrderedDict()
        self.hits = defaultdict(int)

    def touch(self, key, value):
        if key in self.entries:
            OrderedDict.move_to_end(self.entries, key)
        self.entries[key] = value
        self.hits[key] += 1
        while len(self.entries) > self.size:
            old, _ = OrderedDict.popitem(self.entries, last=False)
            print("evict", old)

    def snapshot(self):
        return OrderedDict.copy(self.entries), defaultdict.copy(self.hits)


r = Recent(3)
for k in "abcadbe":
    r.touch(k, k.upper())
entries, hits = r.snapshot()
print(list(OrderedDict.keys(entries)), list(OrderedDict.values(entries)))
print(list(OrderedDict.items(entries)))
print(type(entries).__name__, type(hits).__name__, sorted(hits.items()))
OrderedDict.move_to_end(entries, "d", last=False)
print(list(entries), OrderedDict.pop(entries, "zz", "missing"))
print(OrderedDict.setdefault(entries, "f", "F"), list(entries))
OrderedDict.update(entries, g="G")
print(OrderedDict.fromkeys("xy", 0), list(entries))
OrderedDict.clear(entries)
print(entries, defaultdict.__copy__(hits) == hits)

# The maintenance code called with its arguments missing.
mistakes = [
    lambda: OrderedDict.move_to_end(),
    lambda: OrderedDict.popitem(),
    lambda: OrderedDict.copy(),
    lambda: OrderedDict.keys(),
    lambda: OrderedDict.items(),
    lambda: OrderedDict.values(),
    lambda: OrderedDict.pop(),
    lambda: OrderedDict.setdefault(),
    lambda: OrderedDict.update(),
    lambda: OrderedDict.clear(),
    lambda: OrderedDict.fromkeys(),
    lambda: OrderedDict.move_to_end(OrderedDict()),
    lambda: OrderedDict.move_to_end(OrderedDict(a=1), "zz"),
    lambda: OrderedDict.popitem(OrderedDict()),
    lambda: OrderedDict.keys(OrderedDict(), 1),
    lambda: defaultdict.copy(),
    lambda: defaultdict.__copy__(),
    lambda: defaultdict.keys(),
    lambda: defaultdict.fromkeys(),
    lambda: Counter.fromkeys(),
    lambda: Counter.fromkeys("abc"),
    lambda: dict.__len__(),
    lambda: OrderedDict.__len__(),
    lambda: dict.__getitem__(),
    lambda: dict.__reversed__(),
    lambda: list.__iter__(),
    lambda: int.__add__(),
    lambda: int.__format__(),
]
for m in mistakes:
    try:
        m()
    except Exception as e:
        print(type(e).__name__ + ":", e)
