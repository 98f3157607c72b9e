import io, os, subprocess, sys

path = "write_buffer_data.bin"
f = open(path, "wb")
f.write(b"hello ")
with open(path, "rb") as r:
    print("before flush:", r.read())
print("tell:", f.tell())
f.flush()
with open(path, "rb") as r:
    print("after flush:", r.read())
f.write(b"x" * 5000)
with open(path, "rb") as r:
    print("after big write:", len(r.read()))
f.write(b"tail")
print("tell:", f.tell())
f.seek(0)
with open(path, "rb") as r:
    print("after seek:", len(r.read()))
f.write(b"HE")
f.close()
with open(path, "rb") as r:
    print("closed:", r.read(8), f.closed)

# BufferedRandom: read after write sees the written bytes
g = open(path, "r+b")
g.write(b"ABC")
print("random tell:", g.tell())
print("random read:", g.read(5))
g.seek(0)
print("random reread:", g.read(8))
g.close()

# text over buffered: text waits in the wrapper, bytes written to .buffer go first
t = open(path, "w")
t.write("text")
t.buffer.write(b"bytes")
t.close()
with open(path) as r:
    print("text then buffer:", r.read())

t = open(path, "w")
print("line one", file=t)
with open(path) as r:
    print("print no flush:", repr(r.read()))
print("line two", file=t, flush=True)
with open(path) as r:
    print("print flush:", repr(r.read()))
t.close()

t = open(path, "w", buffering=1)
t.write("partial")
with open(path) as r:
    print("line buffered partial:", repr(r.read()))
t.write(" done\n")
with open(path) as r:
    print("line buffered line:", repr(r.read()))
t.close()

w = open(path, "wb", buffering=4)
w.write(b"ab")
w.write(b"cd")
with open(path, "rb") as r:
    print("small buffer:", r.read())
w.write(b"e")
with open(path, "rb") as r:
    print("small buffer full:", r.read())
raw = w.detach()
print("detached:", raw, repr(w))
try:
    w.write(b"z")
except ValueError as e:
    print("ValueError:", e)
raw.close()
with open(path, "rb") as r:
    print("after detach:", r.read())

# a pipe to a child: nothing reaches it before flush
rfd, wfd = os.pipe()
child = subprocess.Popen([sys.executable, "-c", "import sys; print(repr(sys.stdin.buffer.read()))"],
                         stdin=rfd, stdout=subprocess.PIPE)
os.close(rfd)
pipe = open(wfd, "wb")
pipe.write(b"through the pipe")
pipe.close()
print("child read:", child.stdout.read())
child.wait()
print("child:", child.returncode)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"line\n")
p.stdin.flush()
print("cat echoed:", p.stdout.readline())
p.stdin.close()
p.wait()
os.remove(path)
