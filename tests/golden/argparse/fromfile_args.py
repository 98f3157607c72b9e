# Arguments read from files named with fromfile_prefix_chars, nested files, and a missing file.
import argparse
import os
import sys

sys.stderr = sys.stdout
work = "/tmp/argparse-golden-%d" % os.getpid()
os.makedirs(work, exist_ok=True)
os.chdir(work)
folder = "."
inner = os.path.join(folder, "inner.txt")
outer = os.path.join(folder, "outer.txt")
with open(inner, "w") as f:
    f.write("--level\n3\n")
with open(outer, "w") as f:
    f.write("-v\n@" + inner + "\nfile-from-list\n")


class SpaceSplit(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()


p = argparse.ArgumentParser(prog="f", fromfile_prefix_chars="@")
p.add_argument("-v", action="count", default=0)
p.add_argument("--level", type=int)
p.add_argument("names", nargs="*")
print(p.parse_args(["@" + outer, "last"]))
try:
    p.parse_args(["first", "@" + outer, "last"])
except SystemExit as e:
    print("exit", e.code)
print(p.parse_args(["@" + inner, "-v"]))
q = SpaceSplit(prog="g", fromfile_prefix_chars="@+")
q.add_argument("--level", type=int)
q.add_argument("words", nargs="*")
with open(inner, "w") as f:
    f.write("--level 9 one two\nthree\n")
print(q.parse_args(["+" + inner]))
try:
    p.parse_args(["@" + os.path.join(folder, "missing.txt")])
except SystemExit as e:
    print("exit", e.code)
for name in ("inner.txt", "outer.txt"):
    os.remove(name)
os.chdir("/")
os.rmdir(work)
