# A tiny on-disk cache of computed results, stored with marshal.
import marshal
import os
import tempfile


def fib_table(n):
    table = [0, 1]
    while len(table) < n:
        table.append(table[-1] + table[-2])
    return table


class Cache:
    def __init__(self, path):
        self.path = path
        self.data = {}
        if os.path.exists(path):
            with open(path, "rb") as f:
                self.data = marshal.load(f)

    def get(self, key, compute):
        if key not in self.data:
            print("computing", key)
            self.data[key] = compute()
        return self.data[key]

    def save(self):
        with open(self.path, "wb") as f:
            marshal.dump(self.data, f)


folder = tempfile.mkdtemp()
path = os.path.join(folder, "cache.bin")
c = Cache(path)
print(c.get("fib30", lambda: fib_table(30))[-1])
print(c.get("squares", lambda: {i: i * i for i in range(5)}))
print(c.get("meta", lambda: ("v1", 3.25, None, True, frozenset({"x"}), b"\x00\xff")))
c.save()
print(os.path.getsize(path))
with open(path, "rb") as f:
    raw = f.read()
print(raw[:20])
c2 = Cache(path)
print(sorted(c2.data))
print(c2.get("fib30", lambda: []) == fib_table(30))
print(c2.get("meta", lambda: None))

with open(path, "wb") as f:
    for record in [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}, "end"]:
        marshal.dump(record, f)
with open(path, "rb") as f:
    while True:
        try:
            print(marshal.load(f))
        except EOFError as e:
            print("EOFError:", e)
            break
os.remove(path)
os.rmdir(folder)
