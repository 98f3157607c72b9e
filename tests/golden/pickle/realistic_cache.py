# A small on-disk cache of computed results, as a program would keep one.
import os
import pickle
import tempfile


class Result:
    def __init__(self, query, rows):
        self.query = query
        self.rows = rows

    def __eq__(self, other):
        return (self.query, self.rows) == (other.query, other.rows)


def compute(query):
    return Result(query, [(i, query * i) for i in range(3)])


path = os.path.join(tempfile.mkdtemp(), "cache.pkl")
cache = {q: compute(q) for q in ("a", "bb", "ccc")}
with open(path, "wb") as f:
    pickle.dump(cache, f, protocol=pickle.HIGHEST_PROTOCOL)
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), raw)
with open(path, "rb") as f:
    loaded = pickle.load(f)
print(loaded == cache, sorted(loaded), loaded["bb"].rows)
os.remove(path)
