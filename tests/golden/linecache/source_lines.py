# Showing source lines around a position, as an error reporter does, with linecache.
import linecache
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "config.py")
with open(path, "w") as f:
    f.write("name = 'demo'\nport = 8080\ndebug = True\nhosts = ['a', 'b']\nlast = 'no newline'")


def context(filename, lineno, around=1):
    for n in range(lineno - around, lineno + around + 1):
        line = linecache.getline(filename, n)
        if line:
            print(f"{'>' if n == lineno else ' '} {n:3} {line}", end="")


context(path, 2)
context(path, 5)
print(repr(linecache.getline(path, 5)), repr(linecache.getline(path, 0)), repr(linecache.getline(path, 99)))
print(len(linecache.getlines(path)), path in linecache.cache)
with open(path, "w") as f:
    f.write("changed = 1\n")
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
linecache.clearcache()
print(path in linecache.cache, linecache.getlines(path))
print(repr(linecache.getline("/no/such/file.py", 1)), linecache.getlines("<string>"))
print(repr(linecache.getline("", 1)))
os.remove(path)
linecache.checkcache()
print(path in linecache.cache, repr(linecache.getline(path, 1)))
os.rmdir(d)
