# A writer that flushes its in-memory buffer like a file, before and after closing it.
from io import BytesIO, StringIO


def dump(stream, chunks):
    for c in chunks:
        stream.write(c)
        stream.flush()
    return stream.getvalue()


buf = BytesIO()
print(dump(buf, [b"header\n", b"row 1\n"]))
print(buf.flush(), "flush" in BytesIO.__dict__, "flush" in StringIO.__dict__)
buf.close()
try:
    buf.flush()
except ValueError as e:
    print("ValueError:", e)
