# os.path.realpath follows symbolic links and resolves '..' after them; the part of a path
# that does not exist is kept.
import os
import shutil

base = os.path.realpath(f"realpath_tree_{os.getpid()}")
os.makedirs(os.path.join(base, "real", "sub"))
os.symlink(os.path.join(base, "real"), os.path.join(base, "link"))
os.symlink("real/sub", os.path.join(base, "rel"))
os.symlink("loop_b", os.path.join(base, "loop_a"))
os.symlink("loop_a", os.path.join(base, "loop_b"))


def show(p):
    r = os.path.realpath(p)
    print(os.path.relpath(r, base) if r.startswith(base) else r)


for p in ["link", "link/sub", "rel", "rel/..", "link/../real/./sub", "missing/x/../y",
          "link/missing", "loop_a", ".", base + "/link"]:
    show(os.path.join(base, p))
print(os.path.islink(os.path.join(base, "rel")), os.path.islink(os.path.join(base, "real")),
      os.readlink(os.path.join(base, "rel")), os.path.islink("no/such/path"))
try:
    os.symlink("x", os.path.join(base, "rel"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
here = os.getcwd()
os.chdir(os.path.join(base, "link"))
show("sub")
show("../rel")
os.chdir(here)
print(os.path.realpath("/") == "/", os.path.realpath(__file__) == os.path.abspath(__file__))
shutil.rmtree(base)
