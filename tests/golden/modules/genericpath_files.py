# A backup script checks what is on disk through genericpath and os.path, which share it.
import genericpath
import os
import os.path
import tempfile

with tempfile.TemporaryDirectory() as root:
    data = os.path.join(root, "data.txt")
    with open(data, "w") as f:
        f.write("hello backup\n")
    sub = os.path.join(root, "sub")
    os.mkdir(sub)
    print(genericpath.exists(data), genericpath.isfile(data), genericpath.isdir(sub))
    print(genericpath.exists(os.path.join(root, "missing")), genericpath.isfile(sub))
    print(genericpath.getsize(data), genericpath.getmtime(data) == os.stat(data).st_mtime)
    print(genericpath.getatime(data) > 0, genericpath.getctime(data) > 0)
    print(genericpath.samefile(data, os.path.join(sub, "..", "data.txt")))
    print(genericpath.samestat(os.stat(data), os.stat(sub)))
    with open(data) as a, open(data) as b:
        print(genericpath.sameopenfile(a.fileno(), b.fileno()))
    print(genericpath.exists(12345678), genericpath.isdir("\0bad"))
    try:
        genericpath.getsize(os.path.join(root, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)

print(genericpath.commonprefix(["/usr/lib/python3", "/usr/lib/perl", "/usr/local"]))
print(repr(genericpath.commonprefix([])), genericpath.commonprefix(["abc"]))
print(genericpath.commonprefix([["a", "b", "c"], ["a", "b", "d"]]))
print(os.path.exists is genericpath.exists, os.path.commonprefix is genericpath.commonprefix)
print(sorted(genericpath.__all__))
