# Namespace objects, parse_known_args, a namespace given in, defaults from set_defaults.
import argparse

ns = argparse.Namespace(a=1, b="x")
print(ns, ns.a, "a" in ns, "z" in ns, ns == argparse.Namespace(b="x", a=1))
print(vars(ns))
p = argparse.ArgumentParser(prog="k")
p.add_argument("--keep")
p.set_defaults(mode="auto", level=2)
args, rest = p.parse_known_args(["--keep", "1", "--drop", "2", "pos"])
print(args, rest)
target = argparse.Namespace(existing=True)
out = p.parse_args(["--keep", "y"], namespace=target)
print(out is target, target)
print(p.get_default("mode"), p.get_default("keep"))
print(argparse.Namespace(**{"with-dash": 1, "ok": 2}))
