# An in-memory binary buffer, as a program builds a message in it and reads it back.
import io
import struct

buf = io.BytesIO()
print(buf.write(b"HDR"), buf.write(struct.pack(">HH", 2, 7)), buf.tell())
for word in [b"spam", b"eggs"]:
    buf.write(struct.pack(">B", len(word)) + word)
msg = buf.getvalue()
print(msg, len(msg))

r = io.BytesIO(msg)
print(r.read(3), struct.unpack(">HH", r.read(4)))
while True:
    n = r.read(1)
    if not n:
        break
    print(r.read(n[0]))
print(r.tell(), r.read(), r.read(5))

b = io.BytesIO(b"abc\ndef\n\nlast")
print(b.readline(), b.readline(2), b.readline(), list(b))
print(b.seek(0), b.readlines())
print(b.seek(2, 0), b.seek(1, 1), b.seek(-2, 2), b.read())
b.seek(20)
b.write(b"!")
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(5), b.getvalue(), b.tell())
into = bytearray(3)
b.seek(1)
print(b.readinto(into), into, b.read1(10))
print(io.BytesIO(bytearray(b"xy")).read(), io.BytesIO(memoryview(b"mv")).getvalue())
with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable())
print(c.closed)
view = io.BytesIO(b"hello").getbuffer()
print(bytes(view), len(view))
