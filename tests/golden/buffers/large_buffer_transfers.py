# Moving large buffers around: a send buffer drained by a socket, a reader's buffer taken
# from the front, extensions from views, arrays and the buffer itself, file writes of views.
import array
import os
import socket
import tempfile

# A bytearray used as an outgoing queue, as a transport keeps one.
a, b = socket.socketpair()
a.setblocking(False)
pending = bytearray()
for i in range(50000):
    pending += b"%06d\n" % i
total = len(pending)
received = bytearray()
sent_calls = 0
while pending:
    try:
        n = a.send(pending)
    except BlockingIOError:
        n = 0
    sent_calls += n > 0
    del pending[:n]
    while True:
        b.setblocking(False)
        try:
            chunk = b.recv(65536)
        except BlockingIOError:
            break
        received += chunk
a.close()
while chunk := b.recv(65536):
    received += chunk
b.close()
print("sent", total, "received", len(received), "same:", received == bytearray(b"".join(b"%06d\n" % i for i in range(50000))))
print("some sends:", sent_calls > 0)

# sendall of a memoryview slice and of an array.
a, b = socket.socketpair()
data = bytes(range(256)) * 64
a.sendall(memoryview(data)[100:356])
a.sendall(array.array("B", [1, 2, 3]))
a.send(memoryview(bytearray(b"view of a bytearray"))[8:])
a.close()
got = b""
while chunk := b.recv(4096):
    got += chunk
b.close()
print(len(got), got[:4], got[256:])

# Taking lines from the front of a buffer, as a stream reader does.
buf = bytearray(b"".join(b"line %d\n" % i for i in range(2000)))
lines = []
while (at := buf.find(b"\n")) != -1:
    lines.append(bytes(buf[:at + 1]))
    del buf[:at + 1]
print(len(lines), lines[0], lines[-1], len(buf))

# extend: from a memoryview, an array, itself, and a list of ints.
x = bytearray(b"abc")
x.extend(memoryview(b"0123456789")[2:5])
x.extend(array.array("B", [65, 66]))
x.extend(x)
x.extend([33, 63])
print(x)
try:
    v = memoryview(x)
    x.extend(v)
except BufferError as e:
    print("BufferError:", e)
v.release()
x += memoryview(b"!!")
print(x[-4:], x[1:10:2], x[::-5])
try:
    x.extend(memoryview(b"x").__class__)
except TypeError as e:
    print("TypeError:", e)

# Slices of bytes and bytearray, contiguous and stepped.
big = bytes(range(256)) * 4
print(big[10:20], big[250:260], big[-3:], big[5:40:7], big[::-300], big[2000:])
ba = bytearray(big)
print(ba[10:14], ba[-2:], ba[1:9:4], ba[3:3])

# Writing views and bytearrays to a file.
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "out.bin")
    with open(p, "wb") as f:
        print(f.write(bytearray(b"head ")), f.write(memoryview(b"0123456789")[3:6]),
              f.write(array.array("B", [10])))
    with open(p, "rb") as f:
        print(f.read())
