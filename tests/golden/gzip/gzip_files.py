# Writing and reading gzip files: binary and text modes, several members, a file object.
import gzip
import io
import os

path = "gzip_files_log.txt.gz"
with gzip.open(path, "wt", encoding="utf-8") as f:
    for i in range(3):
        f.write(f"line {i}: café\n")
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.read().splitlines())
with gzip.open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.readline(), f.read(4), f.tell(), f.mtime > 0)
with gzip.GzipFile(path, "wb", mtime=0) as f:
    print(f.write(b"fixed"), f.tell())
with open(path, "rb") as raw:
    data = raw.read()
print(data[:10], data[10:], gzip.decompress(data))
with gzip.open(path, "ab") as f:
    f.write(b" more")
print(gzip.open(path).read())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"in memory " * 3)
print(buf.getvalue()[:10], gzip.decompress(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as g:
    print(list(g)[:1], g.readable(), g.writable())
try:
    with gzip.open(path, "rb") as f:
        f.write(b"x")
except OSError as e:
    print("OSError", e)
try:
    gzip.open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
with open(path, "wb") as f:
    f.write(b"not gzip at all")
try:
    gzip.open(path).read()
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
os.remove(path)
