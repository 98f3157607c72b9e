# Defaults: string defaults go through type=, SUPPRESS leaves the attribute out,
# argument_default applies to all.
import argparse

p = argparse.ArgumentParser(prog="d")
p.add_argument("--count", type=int, default="10")
p.add_argument("--hidden", default=argparse.SUPPRESS)
p.add_argument("--items", nargs="*", default=["a"])
a = p.parse_args([])
print(a, type(a.count).__name__, hasattr(a, "hidden"))
print(p.parse_args(["--hidden", "h"]))
q = argparse.ArgumentParser(prog="q", argument_default=argparse.SUPPRESS)
q.add_argument("--x")
q.add_argument("--y", default=0)
print(q.parse_args([]), q.parse_args(["--x", "1"]))
