# Append, exclusive creation, read-write modes.
import os

path = f"files_append_modes_{os.getpid()}.txt"
with open(path, "w") as f:
    f.write("one\n")
with open(path, "a") as f:
    f.write("two\n")
    print(f.tell())
with open(path) as f:
    print(f.read().splitlines())
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e.strerror)
with open(path, "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
with open(path) as f:
    print(repr(f.read()), f.readable(), f.writable(), f.seekable())
with open(path, "r+") as f:
    print(repr(f.read(2)))
    f.write("!")
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
new = f"files_append_new_{os.getpid()}.txt"
with open(new, "x") as f:
    f.write("created")
print(open(new).read())
os.remove(new)
