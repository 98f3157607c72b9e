# Blocking sockets: a connected pair, sendall/recv, recv_into, shutdown and end of file.
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)
print(a.gettimeout(), a.getblocking())
a.sendall(b"hello, " * 3)
print(b.recv(7), b.recv(100))
buf = bytearray(8)
a.send(b"abc")
n = b.recv_into(buf)
print(n, buf)
view = memoryview(buf)
a.send(b"XY")
print(b.recv_into(view[2:], 2), buf)
a.sendall(b"0123456789")
print(b.recv_into(buf, 4), buf)
print(b.recv(100))
try:
    b.recv_into(buf, 20)
except ValueError as e:
    print("ValueError:", e)
try:
    b.recv(-1)
except ValueError as e:
    print("ValueError:", e)
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
b.sendall(b"still open the other way")
print(a.recv(100))
a.close()
a.close()
print(a.fileno())
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
b.close()
with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno())
