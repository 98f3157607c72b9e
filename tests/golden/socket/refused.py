# Connecting to a port that was just closed: ConnectionRefusedError, and connect_ex's errno.
import errno
import socket

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()

s = socket.socket()
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused:", e.errno == errno.ECONNREFUSED, e.strerror)
    print(isinstance(e, ConnectionError), isinstance(e, OSError))
s.close()
with socket.socket() as s:
    print(s.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)
try:
    socket.create_connection(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__)
