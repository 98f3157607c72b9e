# The stream wrappers: attributes they lack are their stream's, and 'with' closes the stream.
import codecs, io
b = io.BytesIO()
with codecs.getwriter("utf-8")(b) as w:
    w.write("héllo\n")
    print(w.getvalue(), w.closed)
print(b.closed)
r = codecs.getreader("utf-8")(io.BytesIO("a\nb\n".encode()))
print(list(r), r.tell())
rw = codecs.StreamReaderWriter(io.BytesIO(b"x\ny"), codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
with rw as f:
    print(f.readline(), f.seekable())
try:
    rw.read()
except ValueError as e:
    print(e)
print([c.__name__ for c in codecs.StreamReaderWriter.__mro__])
