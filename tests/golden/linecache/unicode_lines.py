# Lines with non-ASCII text and various line endings.
import linecache
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "text.txt")
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("café\r\nnaïve\n日本語\rend")
for n in range(0, 6):
    print(n, repr(linecache.getline(path, n)))
print(len(linecache.getlines(path)))
os.remove(path)
os.rmdir(d)
