# A backup tool that keeps file names as bytes (names need not be UTF-8 on POSIX), builds
# paths with os.path on bytes, and reports them decoded.
import os
import tempfile

root = tempfile.mkdtemp().encode()
names = [b"report.txt", b"caf\xc3\xa9.csv", b"raw\xff.bin", b"notes.tar.gz"]
sub = os.path.join(root, b"archive")
os.mkdir(sub)
for n in names:
    with open(os.path.join(sub, n), "wb") as f:
        f.write(n * 3)

for name in sorted(os.listdir(sub)):
    full = os.path.join(sub, name)
    stem, ext = os.path.splitext(name)
    rel = os.path.relpath(full, root)
    print(repr(name), repr(ext), repr(rel), os.path.getsize(full), os.path.isfile(full))
    print("   ", repr(os.fsdecode(name)), os.fsencode(os.fsdecode(name)) == name)

text_names = sorted(os.listdir(os.fsdecode(sub)))
print([ascii(n) for n in text_names])
with open(os.path.join(os.fsdecode(sub), "raw\udcff.bin"), "rb") as f:
    print(f.read())
print(os.stat(os.path.join(sub, b"report.txt")).st_size)
os.rename(os.path.join(sub, b"report.txt"), os.path.join(sub, b"report-old.txt"))
print(sorted(os.listdir(sub))[-2:])
try:
    os.remove(os.path.join(sub, b"missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename.replace(root, b"<root>"))

print(os.path.basename(sub), os.path.dirname(sub) == root, os.path.isabs(sub))
print(os.path.normpath(sub + b"/../archive/./x") == os.path.join(sub, b"x"))
print(os.path.commonpath([os.path.join(sub, n) for n in names]) == sub)
print(os.path.exists(os.path.join(sub, b"missing")), os.path.isdir(sub))
try:
    os.path.join(sub, "report.txt")
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.relpath(sub, root.decode())
except TypeError as e:
    print("TypeError:", e)

for name in os.listdir(sub):
    os.remove(os.path.join(sub, name))
os.rmdir(sub)
os.rmdir(root)
print(os.path.exists(root))
