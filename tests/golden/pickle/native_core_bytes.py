# A report cache pickled at every protocol: the exact bytes for values at the edges of each
# opcode, containers changed while they are pickled, and reduce values with item iterators.
import hashlib
import pickle


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


edges = [127, 128, 255, 256, -128, -129, -255, -256, 32767, 32768, 65535, 65536,
         2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**63 - 1, -2**63, 2**63, 2**64 - 1, -2**64,
         2**100, -2**100 - 1, 10**30]
texts = ["", "x", "\xe9", "\u0100", "snake_case_name", "with space", "back\\slash", "nul\0",
         "new\nline", "cr\r", "sub\x1a", "\U0001f600 face", "lone \udc80 surrogate",
         "\ud83d\ude00 pair", "tab\there", "x" * 300, "é" * 200]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, "ints", digest(pickle.dumps(edges, proto)))
    print(proto, "texts", digest(pickle.dumps(texts, proto)))
    for t in texts[:14]:
        data = pickle.dumps(t, proto)
        assert pickle.loads(data) == t
        print(proto, repr(t), data)
    for n in edges[:12]:
        print(proto, n, pickle.dumps(n, proto))

# Shared strings, tuples and lists.
name = "user"
row = ("alice", name, 3)
report = {"rows": [row, row, ("bob", "user", 4)], "owner": name, "tags": ("user", "admin"),
          "floats": [0.1, -2.5e300, float("nan")], "flags": [True, False, None]}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(report, proto)
    back = pickle.loads(data)
    assert back["rows"][0] is back["rows"][1]
    print(proto, "report", len(data), digest(data))

# Batches of 1000: lists, dicts and sets just below, at and above a batch.
for n in (999, 1000, 1001):
    for proto in (0, 1, 4):
        print(n, proto,
              digest(pickle.dumps(list(range(n)), proto)),
              digest(pickle.dumps({i: -i for i in range(n)}, proto)),
              digest(pickle.dumps(set(range(n)), proto)),
              digest(pickle.dumps(frozenset(range(n)), proto)))


# Reduce values with list and dict item iterators.
class Bag:
    def __init__(self, items=(), pairs=()):
        self.items = list(items)
        self.pairs = dict(pairs)

    def __reduce__(self):
        return Bag, (), None, iter(self.items), iter(self.pairs.items())

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.pairs[k] = v


for n in (0, 1, 2, 1001):
    bag = Bag(range(n), ((str(i), i) for i in range(n)))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(bag, proto)
        back = pickle.loads(data)
        assert back.items == bag.items and back.pairs == bag.pairs
        print("bag", n, proto, len(data), digest(data))


class BadPairs:
    def __reduce__(self):
        return BadPairs, (), None, None, iter([("a", 1), "b"])


try:
    pickle.dumps(BadPairs(), 2)
except TypeError as e:
    print("TypeError:", e)


# A container changed while it is pickled.
class Grow:
    def __init__(self, target):
        self.target = target

    def __reduce__(self):
        if isinstance(self.target, dict):
            self.target["extra"] = 1
        elif isinstance(self.target, set):
            self.target.add("extra")
        else:
            self.target.append("extra")
        return Grow, (None,)


for target in ({}, set()):
    if isinstance(target, dict):
        target.update({"a": 1, "b": 2})
        target["g"] = Grow(target)
    else:
        target.update({"a", "b"})
        target.add(Grow(target))
    try:
        pickle.dumps(target, 4)
    except RuntimeError as e:
        print("RuntimeError:", e)

grown = [1, 2]
grown.append(Grow(grown))
data = pickle.dumps(grown, 2)
print("grown list", pickle.loads(data)[:3] == [1, 2, None], data.count(b"extra"))

# Subclasses of the builtin types go through their reduce values.
class Name(str):
    pass


class Row(tuple):
    pass


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in (Name("abc"), Row((1, 2))):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        assert type(back) is type(v) and back == v
        print(proto, type(v).__name__, digest(data))


# Persistent IDs for plain values too.
class Store(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, int) and obj > 100:
            return f"big{obj}"
        return None


import io
for proto in (0, 2, 5):
    buf = io.BytesIO()
    Store(buf, proto).dump([1, 500, "x", (7, 1000)])
    print("persistent", proto, buf.getvalue())

# Too deep.
deep = []
for _ in range(2000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
