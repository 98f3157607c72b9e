# Parent parsers share arguments; conflicting option strings are an error or resolved.
import argparse

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--config", default="cfg.ini")
common.add_argument("-v", "--verbose", action="store_true")
child = argparse.ArgumentParser(prog="child", parents=[common])
child.add_argument("item")
print(child.parse_args(["x", "-v"]))
child.print_help()
try:
    child.add_argument("--config")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
r = argparse.ArgumentParser(prog="r", conflict_handler="resolve")
r.add_argument("-x", "--ex", help="old")
r.add_argument("--ex", help="new")
r.print_help()
try:
    argparse.ArgumentParser().add_argument("pos", required=True)
except TypeError as e:
    print("TypeError:", e)
try:
    argparse.ArgumentParser().add_argument("--x", nargs=0)
except ValueError as e:
    print("ValueError:", e)
