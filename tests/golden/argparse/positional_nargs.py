# Positional arguments with every nargs form, and how a command line is split among them.
import argparse


def show(parser, argv):
    try:
        print(argv, "->", vars(parser.parse_args(argv)))
    except SystemExit as e:
        print(argv, "-> exit", e.code)


p = argparse.ArgumentParser(prog="copy")
p.add_argument("sources", nargs="+")
p.add_argument("dest")
show(p, ["a", "b"])
show(p, ["a", "b", "c", "d"])
show(p, ["a"])

q = argparse.ArgumentParser(prog="pair")
q.add_argument("point", nargs=2, type=float)
q.add_argument("label", nargs="?", default="origin")
q.add_argument("rest", nargs="*")
show(q, ["1", "2"])
show(q, ["1", "2", "p", "x", "y"])
show(q, ["1"])
show(q, ["1", "x"])
q.print_usage()

r = argparse.ArgumentParser(prog="run")
r.add_argument("cmd")
r.add_argument("args", nargs=argparse.REMAINDER)
show(r, ["ls", "-l", "--all", "x"])
