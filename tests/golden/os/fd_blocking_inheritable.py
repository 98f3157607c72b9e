# A pipe set up for an event loop and a child process: non-blocking reads, and which end a
# child inherits (descriptors Python makes are not inheritable, PEP 446).
import os

r, w = os.pipe()
print("blocking:", os.get_blocking(r), os.get_blocking(w))
print("inheritable:", os.get_inheritable(r), os.get_inheritable(w))

os.set_blocking(r, False)
print("after set_blocking(r, False):", os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("empty non-blocking read:", type(e).__name__, e.errno)

os.write(w, b"hello")
print("read:", os.read(r, 10))

os.set_inheritable(w, True)
print("after set_inheritable(w, True):", os.get_inheritable(w))
os.set_inheritable(w, False)
os.set_blocking(r, True)
print("back:", os.get_blocking(r), os.get_inheritable(w))

os.close(r)
os.close(w)
for call in (lambda: os.get_blocking(r), lambda: os.set_inheritable(w, True)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
for bad in ("3", 2**40):
    try:
        os.get_blocking(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
