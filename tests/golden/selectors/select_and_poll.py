# select.select and select.poll over a socket pair: readiness before and after data, hang-up,
# timeouts, and errors for wrong descriptors.
import select
import socket

a, b = socket.socketpair()
r, w, x = select.select([b], [a], [], 0)
print(r, w == [a], x)
a.send(b"data")
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [b], w, x)
print(b.recv(10))
print(select.select([b], [], [], 0.01))

p = select.poll()
p.register(b, select.POLLIN)
p.register(a.fileno(), select.POLLOUT)
print(sorted(p.poll(0)) == [(a.fileno(), select.POLLOUT)])
a.send(b"more")
ready = dict(p.poll(1000))
print(ready[b.fileno()] & select.POLLIN != 0, ready[a.fileno()] == select.POLLOUT)
print(b.recv(10))
p.modify(a, select.POLLIN)
print(p.poll(10))
p.unregister(a)
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError", e.args[0] == a.fileno())
try:
    p.modify(a, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno)
a.close()
events = p.poll(1000)
print(len(events), events[0][1] & (select.POLLIN | select.POLLHUP) != 0)
print(b.recv(10))
for bad in ("x", -1):
    try:
        select.select([bad], [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(select.error is OSError)
b.close()
for bad in (float("nan"), float("inf"), 1e30):
    for wait in (lambda t: select.select([], [], [], t), select.poll().poll,
                 socket.socket().settimeout):
        try:
            wait(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
# poll's timeout is in milliseconds, select's in seconds.
import time
p = select.poll()
c, d = socket.socketpair()
p.register(d, select.POLLIN)
t0 = time.monotonic()
print(p.poll(200), 0.15 < time.monotonic() - t0 < 2)
t0 = time.monotonic()
print(select.select([d], [], [], 0.2), 0.15 < time.monotonic() - t0 < 2)
c.close()
d.close()
