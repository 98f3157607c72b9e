# What a parser prints on stderr for each kind of bad command line, with exit status 2.
import argparse
import sys

sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog="calc")
p.add_argument("x", type=int)
p.add_argument("--op", choices=["add", "mul"], required=True)
p.add_argument("--times", type=float, default=1.0)
p.add_argument("--flag", action="store_true")
p.add_argument("--foo")
p.add_argument("--for")

for argv in [[], ["3"], ["three", "--op", "add"], ["3", "--op", "div"], ["3", "--op"],
             ["3", "--op", "add", "--times", "x"], ["3", "--op", "add", "extra"],
             ["3", "--op", "add", "--flag=yes"], ["3", "--op", "add", "--fo", "1"],
             ["3", "--op", "add", "--unknown"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("->", e.code)
