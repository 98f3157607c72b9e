# A transfer waiting on its peer holds the bytearray it was given: it can be read meanwhile,
# but not resized (BufferError), and the transfer ends once the peer acts.
import os
import socket
import threading
import time


def during(name, call, buf, release):
    result = []
    t = threading.Thread(target=lambda: result.append(call(buf)))
    t.start()
    time.sleep(0.1)  # the transfer now waits on its peer
    print(name, "- len while waiting:", len(buf), "- finished:", bool(result))
    try:
        buf.extend(b"!")
    except BufferError as e:
        print(name, "- BufferError:", e)
    release()
    t.join()
    buf.extend(b"!")  # free again
    return result[0]


r, w = os.pipe()
with open(r, "rb", buffering=0) as f:
    target = bytearray(8)
    n = during("readinto", f.readinto, target, lambda: os.write(w, b"pipe"))
    print(n, bytes(target))
os.close(w)

left, right = socket.socketpair()
target = bytearray(8)
n = during("recv_into", left.recv_into, target, lambda: right.send(b"sock"))
print(n, bytes(target))

# Fill the connection so that the next sendall has to wait for the reader.
left.setblocking(False)
filled = 0
try:
    while True:
        filled += left.send(bytes(1 << 16))
except BlockingIOError:
    pass
left.setblocking(True)
source = bytearray(b"x" * 1000)
received = []


def drain():
    want = filled + 1000
    while sum(received) < want:
        received.append(len(right.recv(1 << 16)))


reader = threading.Thread(target=drain)
print("sendall ->", during("sendall", left.sendall, source, reader.start))
reader.join()
print("received all:", sum(received) == filled + 1000)
left.close()
right.close()
