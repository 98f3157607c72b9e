# checkcache drops entries whose file changed size, and keeps unchanged ones.
import linecache
import os
import tempfile

d = tempfile.mkdtemp()
a = os.path.join(d, "a.txt")
b = os.path.join(d, "b.txt")
for p, text in [(a, "one\ntwo\n"), (b, "x\n")]:
    with open(p, "w") as f:
        f.write(text)
print(linecache.getlines(a), linecache.getlines(b))
with open(a, "a") as f:
    f.write("three\n")
print(linecache.getlines(a))
linecache.checkcache()
print(a in linecache.cache, b in linecache.cache, linecache.getlines(a))
linecache.checkcache(b)
print(b in linecache.cache, len(linecache.cache) >= 2)
for p in (a, b):
    os.remove(p)
os.rmdir(d)
linecache.checkcache(a)
print(a in linecache.cache)
