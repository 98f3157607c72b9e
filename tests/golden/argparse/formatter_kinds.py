# The four formatter classes side by side on one parser, and a user subclass of two of them.
import argparse
import os

os.environ["COLUMNS"] = "70"
DESCRIPTION = """First paragraph of the description,
    indented on purpose.

Second paragraph:
  * item one
  * item two"""


def make(cls):
    p = argparse.ArgumentParser(prog="fmt", description=DESCRIPTION, epilog="Epilog   with   spaces.\n  kept?", formatter_class=cls)
    p.add_argument("count", type=int, nargs="?", default=1, help="how many\ntimes (%(type)s)")
    p.add_argument("--ratio", type=float, default=0.5, help="a ratio")
    p.add_argument("--name", default="n", help="a name; default %(default)s already named")
    p.add_argument("--mode", choices=["a", "b"], help="one of %(choices)s")
    p.add_argument("--off", action="store_false", help="turn off")
    p.add_argument("--nohelp", default="x")
    p.add_argument("--hidden-default", default=argparse.SUPPRESS, help="no default shown")
    return p


class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass


for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, Both):
    print("=====", cls.__name__)
    make(cls).print_help()

print("===== MetavarTypeHelpFormatter")
m = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument("--width", type=int)
m.add_argument("--scale", type=float, nargs=2)
m.add_argument("name", type=str)
m.print_help()
