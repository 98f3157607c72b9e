# Negative numbers as values, '--' ending the options, and other prefix characters.
import argparse

p = argparse.ArgumentParser(prog="neg")
p.add_argument("-x", type=int)
p.add_argument("nums", nargs="*", type=float)
print(p.parse_args(["-x", "-5", "-1.5", "2"]))
print(p.parse_args(["--", "-x", "3"]) if False else p.parse_args(["-x", "1", "--", "-2", "-3"]))
q = argparse.ArgumentParser(prog="win", prefix_chars="+/")
q.add_argument("+v", action="store_true")
q.add_argument("//size", type=int, default=1)
print(q.parse_args(["+v", "//size", "4"]))
q.print_help()
r = argparse.ArgumentParser(prog="r")
r.add_argument("-1", dest="one", action="store_true")
r.add_argument("value", nargs="?")
print(r.parse_args(["-1"]))
