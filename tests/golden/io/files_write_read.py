# Writing a text file, reading it back in the usual ways.
import os

path = f"files_write_read_{os.getpid()}.txt"
with open(path, "w") as f:
    print(f.write("first line\n"), f.name == path, f.mode, f.closed, f.encoding)
    f.write("second é line\n")
    print("third", 3, file=f)
    f.writelines(["x\n", "y\n"])
print(f.closed)
with open(path) as f:
    print(f.read(), end="")
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.read(4)))
os.remove(path)
