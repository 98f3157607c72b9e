# tempfile.mkstemp: a new private file, open, whose path the program owns.
import os
import tempfile

d = tempfile.mkdtemp()
paths = []
for i in range(3):
    fd, path = tempfile.mkstemp(suffix=".log", prefix="run%d_" % i, dir=d)
    with os.fdopen(fd, "w") if hasattr(os, "fdopen") else open(fd, "w") as f:
        f.write("entry %d\n" % i)
    paths.append(path)
print(len(set(paths)), all(os.path.dirname(p) == d for p in paths))
print(sorted(os.path.basename(p)[:5] for p in paths))
print([open(p).read() for p in paths])
print(oct(os.stat(paths[0]).st_mode & 0o777))
for p in paths:
    os.remove(p)
os.rmdir(d)
fd, path = tempfile.mkstemp()
print(os.path.dirname(path) == tempfile.gettempdir(), os.path.basename(path).startswith("tmp"))
os.close(fd)
os.remove(path)
