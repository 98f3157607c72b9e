# Defaults: string defaults go through type, other defaults are kept as they are, set_defaults
# wins over add_argument defaults, get_default, argument_default, and SUPPRESS everywhere.
import argparse

p = argparse.ArgumentParser(prog="d")
p.add_argument("--n", type=int, default="42")
p.add_argument("--f", type=float, default=1)
p.add_argument("--l", type=int, nargs="+", default="7")
p.add_argument("pos", type=int, nargs="?", default="3")
p.add_argument("--list", action="append", default=["base"])
print(p.parse_args([]))
print(p.parse_args(["--list", "x", "--list", "y"]))
print(p.get_default("n"), p.get_default("pos"), p.get_default("nothing"))
p.set_defaults(n=5, extra="e")
print(p.parse_args([]), p.get_default("extra"))

q = argparse.ArgumentParser(prog="q", argument_default=argparse.SUPPRESS)
q.add_argument("--a")
q.add_argument("--b", default=None)
q.add_argument("c", nargs="?")
print(q.parse_args([]), q.parse_args(["--a", "1", "cc"]))

r = argparse.ArgumentParser(prog="r", argument_default=0)
r.add_argument("--k")
r.add_argument("--m", action="count")
print(r.parse_args([]), r.parse_args(["--m", "--m"]))
base = ["shared"]
s = argparse.ArgumentParser(prog="s")
s.add_argument("--item", action="append", default=base)
print(s.parse_args(["--item", "new"]), base)
