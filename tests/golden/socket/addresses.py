# Addresses: getaddrinfo, getsockname/getpeername, bad addresses, name errors.
import socket

for fam, typ, proto, canon, sa in socket.getaddrinfo("127.0.0.1", 8080, socket.AF_INET, socket.SOCK_STREAM):
    print(fam == socket.AF_INET, typ == socket.SOCK_STREAM, proto, repr(canon), sa)
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_DGRAM)[0][4])
print(len(socket.getaddrinfo("127.0.0.1", None, socket.AF_INET)) >= 1)
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", isinstance(e, OSError))
print(isinstance(socket.gethostname(), str))
srv = socket.create_server(("127.0.0.1", 0))
host, port = srv.getsockname()
print(host, 0 < port < 65536)
c = socket.create_connection((host, port))
conn, peer = srv.accept()
print(peer == c.getsockname(), conn.getpeername() == c.getsockname(), c.getpeername() == (host, port))
print(conn.gettimeout())
for bad in ["127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000)]:
    try:
        socket.socket().connect(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__)
try:
    socket.socket().getpeername()
except OSError as e:
    print(type(e).__name__, e.errno)
s6 = socket.socket(socket.AF_INET6)
s6.bind(("::1", 0))
print(s6.getsockname()[0], len(s6.getsockname()))
s6.close()
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SHUT_RDWR, socket.AF_INET, socket.SOCK_DGRAM)
for s in (c, conn, srv):
    s.close()
