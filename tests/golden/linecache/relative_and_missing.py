# Relative names found on sys.path, missing files, and updatecache.
import linecache
import os
import sys
import tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, "helper_mod.py"), "w") as f:
    f.write("A = 1\nB = 2\n")
sys.path.insert(0, d)
print(repr(linecache.getline("helper_mod.py", 2)))
print(linecache.updatecache("helper_mod.py"))
print(linecache.getline("nonexistent_zz.py", 1) == "", linecache.getlines("nonexistent_zz.py"))
print(linecache.updatecache("<stdin>"), linecache.updatecache(""))
print(linecache.lazycache("<x>", {}), linecache.lazycache("", None))
empty = os.path.join(d, "empty.py")
open(empty, "w").close()
print(linecache.getlines(empty), linecache.getline(empty, 1) == "")
sys.path.remove(d)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
linecache.checkcache()
print("helper_mod.py" in linecache.cache)
