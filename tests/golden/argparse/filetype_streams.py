# FileType arguments: '-' for the standard streams, and files opened in binary and text modes.
import argparse
import os
import sys

data = f"ft_{os.getpid()}.bin"
with open(data, "wb") as f:
    f.write(b"\x00\x01payload\n")

p = argparse.ArgumentParser(prog="pack")
p.add_argument("infile", type=argparse.FileType("rb"))
p.add_argument("outfile", type=argparse.FileType("w", encoding="utf-8"), nargs="?",
               default="-")
p.add_argument("--log", type=argparse.FileType("r"), default="-")

ns = p.parse_args([data])
print(type(ns.infile).__name__, ns.infile.read(), ns.outfile is sys.stdout or ns.outfile.name)
print(ns.log.name, repr(ns.log.read()))
ns.infile.close()

ns = p.parse_args(["-", "-"])
print(ns.infile is sys.stdin.buffer, repr(ns.infile.read()))

out = f"ft_{os.getpid()}.txt"
ns = p.parse_args([data, out])
ns.outfile.write("written through FileType\n")
ns.outfile.close()
print(open(out, encoding="utf-8").read().strip(), repr(argparse.FileType("wb", 0)))
try:
    p.parse_args(["missing.bin"])
except SystemExit as e:
    print("exit", e.code)
os.remove(data)
os.remove(out)
