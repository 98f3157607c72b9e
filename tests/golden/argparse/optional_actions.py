# Every builtin action on options, with defaults and dest names.
import argparse

p = argparse.ArgumentParser(prog="act")
p.add_argument("--name", default="anon")
p.add_argument("--debug", action="store_true")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--level", action="store_const", const=3, default=1)
p.add_argument("-I", "--include", action="append", default=[])
p.add_argument("--feature", action="append_const", const="f", dest="features")
p.add_argument("-v", action="count")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("--opt", nargs="?", const="bare", default="absent")
p.add_argument("--many", nargs="*", type=int)
p.add_argument("--more", action="extend", nargs="+")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True,
               help="use colour")

print(p.parse_args([]))
print(p.parse_args(["--name", "bob", "--debug", "--no-cache", "--level"]))
print(p.parse_args(["-I", "a", "-Ib", "--include=c", "--feature", "--feature", "-vvv"]))
print(p.parse_args(["--pair", "k", "v", "--opt", "--many", "1", "2"]))
print(p.parse_args(["--opt", "given", "--more", "x", "y", "--more", "z", "--no-color"]))
print(p.parse_args(["--nam", "abbrev", "-v", "-v"]))
p.print_help()
