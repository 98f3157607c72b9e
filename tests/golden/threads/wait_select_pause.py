# select.select and a selector with a timeout, and signal.pause, let the other threads run
# while they wait.
import os
import select
import selectors
import signal
import socket
import threading
import time

a, b = socket.socketpair()
seen = []


def selecting():
    r, w, x = select.select([a], [], [], 5.0)
    seen.append(("select", r == [a], a.recv(10)))
    sel = selectors.DefaultSelector()
    sel.register(a, selectors.EVENT_READ, "data")
    events = sel.select(timeout=5.0)
    seen.append(("selector", [key.data for key, _ in events], a.recv(10)))
    sel.close()
    # With nothing to read, the timeout ends the wait.
    seen.append(("timeout", select.select([a], [], [], 0.05)))


t = threading.Thread(target=selecting)
t.start()
time.sleep(0.1)
print("main ran while select waited:", seen == [])
b.send(b"first")
time.sleep(0.1)
print("main ran while the selector waited:", len(seen) == 1)
b.send(b"second")
t.join()
for item in seen:
    print(item)

got = []
signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signal.Signals(signum).name))


def later():
    time.sleep(0.1)
    got.append("thread ran")
    os.kill(os.getpid(), signal.SIGUSR1)


k = threading.Thread(target=later)
k.start()
signal.pause()
k.join()
print("after pause:", got)
