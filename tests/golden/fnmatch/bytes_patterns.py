import fnmatch

print(fnmatch.fnmatch(b"main.py", b"*.py"))
print(fnmatch.fnmatchcase(b"main.PY", b"*.py"))
print(fnmatch.filter([b"a.c", b"b.h", b"c.c"], b"*.c"))
print(fnmatch.fnmatch(b"\xe9t\xe9", b"?t?"))
try:
    fnmatch.fnmatch("a", b"a")
except TypeError as e:
    print("TypeError:", e)
