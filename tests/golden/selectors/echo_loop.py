# A hand-written event loop over selectors: a non-blocking echo server and three clients.
import selectors
import socket

sel = selectors.DefaultSelector()
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.setblocking(False)
port = srv.getsockname()[1]


def accept(sock):
    conn, addr = sock.accept()
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, data=echo)
    print("accepted a client from", addr[0])


def echo(conn):
    data = conn.recv(1024)
    if data:
        conn.sendall(data.upper())
        received.append(data)
    else:
        sel.unregister(conn)
        conn.close()
        closed.append(1)


sel.register(srv, selectors.EVENT_READ, data=accept)
received, closed = [], []
clients = []
for i in range(3):
    c = socket.create_connection(("127.0.0.1", port))
    c.sendall(f"hello {i}".encode())
    clients.append(c)

while len(received) < 3:
    for key, mask in sel.select(timeout=2):
        assert mask == selectors.EVENT_READ
        key.data(key.fileobj)

for c in clients:
    print(c.recv(100))
    c.close()
while len(closed) < 3:
    for key, mask in sel.select(timeout=2):
        key.data(key.fileobj)
print(sorted(received))
print(len(sel.get_map()), "registered")
sel.unregister(srv)
srv.close()
sel.close()
