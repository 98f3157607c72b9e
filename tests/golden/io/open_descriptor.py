# open() of a file descriptor the program already has, with and without closefd.
import os

path = f"fd_{os.getpid()}.txt"
with open(path, "w") as f:
    f.write("first\nsecond\n")
outer = open(path, "rb")
fd = outer.fileno()
inner = open(fd, "rb", closefd=False)
print(inner.name == fd, inner.mode, inner.readline())
inner.close()
print(inner.closed, outer.closed, outer.read())
outer.seek(0)
text = open(fd, encoding="utf-8", closefd=False)
print(text.name == fd, text.read().split())
text.close()
print(outer.closed)
outer.close()
try:
    open(fd, "rb").read()
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(-1)
except ValueError as e:
    print("ValueError", e)
os.remove(path)
