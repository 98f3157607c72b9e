# Caching several files at once; clearcache empties everything.
import linecache
import os
import tempfile

d = tempfile.mkdtemp()
paths = []
for i in range(4):
    p = os.path.join(d, f"f{i}.txt")
    with open(p, "w") as f:
        f.write("".join(f"{i}:{j}\n" for j in range(i + 1)))
    paths.append(p)
print([len(linecache.getlines(p)) for p in paths])
print(sum(p in linecache.cache for p in paths))
print([linecache.getline(p, 1).strip() for p in paths])
linecache.clearcache()
print(sum(p in linecache.cache for p in paths))
for p in paths:
    os.remove(p)
os.rmdir(d)
