import os
import tempfile

paths = [tempfile.mkdtemp() for _ in range(20)]
print(len(set(paths)), all(os.path.isdir(p) for p in paths))
names = [os.path.basename(p) for p in paths]
print(all(n.startswith("tmp") and len(n) == 11 for n in names))
print(all(set(n[3:]) <= set("abcdefghijklmnopqrstuvwxyz0123456789_") for n in names))
print(oct(os.stat(paths[0]).st_mode & 0o777))
for p in paths:
    os.rmdir(p)
base = tempfile.mkdtemp()
inner = tempfile.mkdtemp(prefix="x", suffix="y", dir=base)
print(os.path.dirname(inner) == base, os.path.basename(inner)[0], inner[-1])
os.rmdir(inner)
os.rmdir(base)
