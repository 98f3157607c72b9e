# nargs as a number, tuple metavars, '+' and '*' options, REMAINDER for a wrapped command,
# and how '--' ends the options.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="plot")
p.add_argument("--size", nargs=2, type=int, metavar=("W", "H"), help="figure size")
p.add_argument("--point", nargs=3, type=float, action="append", metavar=("X", "Y", "Z"))
p.add_argument("--labels", nargs="*", default=["a"])
p.add_argument("--files", nargs="+")
p.add_argument("--one", nargs=1)
p.add_argument("title", nargs=2)
p.add_argument("rest", nargs=argparse.REMAINDER)
p.print_help()
for argv in (["t1", "t2"], ["--size", "3", "4", "A", "B", "cmd", "-x", "--y"],
             ["--point", "1", "2", "3", "--point", "4", "5", "6.5", "a", "b"],
             ["--labels", "--files", "f1", "f2", "--one", "o", "x", "y"],
             ["--labels", "x", "y", "--", "p", "q"],
             ["--", "-a", "-b", "c"]):
    print(p.parse_args(argv))
for argv in (["--size", "3", "x", "y"], ["--size", "3"], ["--point", "1", "2"], ["--files"], ["only"], ["--one"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
