# FileIO.read(n) makes one read of the system: a pipe gives what it holds, without waiting
# for n bytes; the buffered reader waits for n bytes or the end, and read1 reads at most once.
import io
import os

r, w = os.pipe()
os.write(w, b"abcd")
raw = open(r, "rb", buffering=0)
print(raw.read(16))
os.write(w, b"xy\nz")
print(raw.readline())
buf = bytearray(8)
os.write(w, b"12")
print(raw.readinto(buf), buf)
os.write(w, b"0123456789")
reader = io.BufferedReader(raw)
print(reader.read1(3))
print(reader.read1(100))
os.write(w, b"tail")
os.close(w)
print(reader.read(100), reader.read(), reader.read1())
raw.close()

r, w = os.pipe()
os.write(w, b"one\ntwo\nthree")
os.close(w)
with open(r) as text:
    print(text.readlines())

with open(__file__, "rb") as f:
    data = f.read(10**8)
    print(data.startswith(b"# FileIO"), f.read(5))
with open(__file__, "rb", buffering=0) as f:
    print(len(f.read(3 * 10**6)) == len(data))
