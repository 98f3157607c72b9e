# Namespace on its own: construction, repr with odd names, equality, `in`, vars(),
# parsing into an existing namespace and into a user class.
import argparse

ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), ns != argparse.Namespace(a=2, b="x"))
print("a" in ns, "c" in ns, vars(ns))
ns.c = [1, 2]
setattr(ns, "with-dash", True)
print(ns)
print(argparse.Namespace() == argparse.Namespace(), argparse.Namespace() == {}, repr(argparse.Namespace()))

p = argparse.ArgumentParser(prog="p")
p.add_argument("--x", type=int, default=5)
p.add_argument("--y", default="d")
existing = argparse.Namespace(x=10, z="kept")
print(p.parse_args([], namespace=existing), p.parse_args(["--y", "given"], namespace=existing))


class Options:
    pass


o = Options()
back = p.parse_args(["--x", "3"], namespace=o)
print(back is o, o.x, o.y, type(back).__name__)
print(p.parse_args(["--x=7"]).x + 1)
