# Non-blocking sockets and timeouts: BlockingIOError, socket.timeout, setdefaulttimeout.
import socket

a, b = socket.socketpair()
b.setblocking(False)
print(b.getblocking(), b.gettimeout())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, isinstance(e, OSError))
b.settimeout(0.05)
print(b.getblocking(), b.gettimeout())
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout:", e, type(e).__name__)
print(socket.timeout is TimeoutError, socket.error is OSError)
a.send(b"now")
print(b.recv(10))
for bad in (-1, "x"):
    try:
        b.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b.settimeout(None)
print(b.getblocking(), b.gettimeout())
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
c = socket.socket()
print(c.gettimeout())
socket.setdefaulttimeout(None)
c.close()
a.close()
b.close()
