# Reading a binary file by lines, and mixing readline, read and peek.
import os

path = f"lines_{os.getpid()}.bin"
with open(path, "wb") as f:
    f.writelines([b"GET / HTTP/1.1\r\n", b"Host: example\r\n", b"\r\n", b"body\x00\xff"])

with open(path, "rb") as f:
    for line in f:
        print(line)
with open(path, "rb") as f:
    print(f.readline(4), f.readline(), f.peek()[:4])
    print(f.read(3), f.tell())
    print(f.readlines())
    print(f.read(), f.readline())
with open(path, "rb") as f:
    buf = bytearray(6)
    print(f.readinto(buf), buf)
    print(f.read1(4))
    headers = {}
    for line in f:
        if line == b"\r\n":
            break
        key, _, value = line.partition(b": ")
        headers[key.decode()] = value.strip().decode()
    print(headers, f.read())
os.remove(path)
