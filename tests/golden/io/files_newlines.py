# Universal newlines when reading, and newline= on both sides.
import os

path = f"files_newlines_{os.getpid()}.txt"
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
with open(path) as f:
    print(f.readlines())
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\r\n") as f:
    print(f.readlines())
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read(3)), repr(f.read(2)))
with open(path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, newline="") as f:
    print(repr(f.read()))
os.remove(path)
