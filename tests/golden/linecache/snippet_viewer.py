# A source viewer printing numbered windows of a file.
import linecache
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "mod.py")
with open(path, "w") as f:
    for i in range(1, 21):
        f.write(f"line_{i} = {i * i}\n")


def window(center, radius=2):
    lines = linecache.getlines(path)
    lo, hi = max(1, center - radius), min(len(lines), center + radius)
    return [f"{n:>3}{'*' if n == center else ' '} {linecache.getline(path, n).rstrip()}" for n in range(lo, hi + 1)]


for c in (1, 10, 20, 25):
    print("\n".join(window(c)) or "(empty)")
    print("--")
os.remove(path)
os.rmdir(d)
