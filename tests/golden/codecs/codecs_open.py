# Writing and reading encoded files with codecs.open and the stream classes.
import codecs
import io
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "notes.txt")
with codecs.open(path, "w", encoding="utf-16") as f:
    print(f.encoding)
    f.write("first line: café\n")
    f.writelines(["second: 日本\n", "third\n"])
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), raw[:2] == codecs.BOM_UTF16)
with codecs.open(path, "r", encoding="utf-16") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.read()))
with codecs.open(path, encoding="utf-16") as f:
    for line in f:
        print("line:", repr(line))
with codecs.open(path, encoding="utf-16") as f:
    print(f.readlines())

f = codecs.open(path, "rb")
print(type(f).__name__, f.read(2) == codecs.BOM_UTF16)
f.close()

buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("héllo ")
w.write("wörld")
print(buf.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("line one\nligne deux é\nlast".encode("utf-8")))
print(r.readline(), end="")
print(r.readline(), end="")
print(repr(r.read()))
r = codecs.getreader("latin-1")(io.BytesIO(b"a\xe9b\r\nc"))
print(r.readlines())
r = codecs.getreader("utf-8")(io.BytesIO("ab€cd".encode()))
print(repr(r.read(3)), repr(r.read()))
srw = codecs.StreamReaderWriter(io.BytesIO(), codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
srw.write("xyz€")
srw.seek(0)
print(repr(srw.read()))
os.remove(path)
os.rmdir(d)
