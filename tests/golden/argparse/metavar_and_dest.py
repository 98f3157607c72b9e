# metavar, dest and required options in the help and the namespace.
import argparse

p = argparse.ArgumentParser(prog="m")
p.add_argument("--input-file", "-i", dest="src", metavar="PATH", required=True,
               help="file to read")
p.add_argument("--out", metavar="FILE", nargs="?", const="stdout")
p.add_argument("coords", nargs=2, type=int, help="a point")
p.add_argument("--pairs", nargs="+", metavar="KV")
p.print_help()
print(p.parse_args(["-i", "a.txt", "1", "2", "--out"]))
print(p.parse_args(["3", "4", "--input-file", "b", "--pairs", "a=1", "b=2"]))
