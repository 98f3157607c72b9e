# With `_pickle` blocked, pickle's classes are the ones named as pickle's own (as
# pyperformance's pure-Python pickle benchmarks check).
import sys

sys.modules["_pickle"] = None
import pickle

print(pickle.Pickler.__module__, pickle.Unpickler.__module__)
data = {"name": "x", "tags": ["a", "b"], "n": 2**40}
for proto in range(6):
    s = pickle.dumps(data, proto)
    print(proto, s, pickle.loads(s) == data)
