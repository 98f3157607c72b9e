# FileType arguments: reading and writing named files, '-' for the standard streams, and the
# error for a file that cannot be opened.
import argparse
import os
import sys

sys.stderr = sys.stdout
work = "/tmp/argparse-golden-%d" % os.getpid()
os.makedirs(work, exist_ok=True)
os.chdir(work)
folder = "."
src = os.path.join(folder, "in.txt")
with open(src, "w") as f:
    f.write("alpha\nbeta\n")
p = argparse.ArgumentParser(prog="copy")
p.add_argument("infile", type=argparse.FileType("r"))
p.add_argument("outfile", type=argparse.FileType("w", encoding="utf-8"), nargs="?", default="-")
print(argparse.FileType("rb"), argparse.FileType("w", 1, errors="replace"))
a = p.parse_args([src, os.path.join(folder, "out.txt")])
a.outfile.write(a.infile.read().upper())
a.outfile.close()
a.infile.close()
with open(os.path.join(folder, "out.txt")) as f:
    print(f.read(), end="")
b = p.parse_args([src])
b.outfile.write("written to standard output\n")
b.infile.close()
try:
    p.parse_args([os.path.join(folder, "nope.txt")])
except SystemExit as e:
    print("exit", e.code)
for name in ("in.txt", "out.txt"):
    os.remove(name)
os.chdir("/")
os.rmdir(work)
