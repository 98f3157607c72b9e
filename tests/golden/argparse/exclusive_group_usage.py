# How usage draws exclusive groups: optional and required ones, a required group of one,
# hidden members, two groups side by side, a group whose members are not next to each other,
# and an empty group (an error when the usage is made).
import argparse


def usage(build):
    p = argparse.ArgumentParser(prog="u")
    build(p)
    try:
        print(p.format_usage(), end="")
    except ValueError as e:
        print("ValueError:", str(e).split(" object at")[0])


def two(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--yaml", action="store_true")
    h = p.add_mutually_exclusive_group(required=True)
    h.add_argument("-i", "--input")
    h.add_argument("--stdin", action="store_true")


def one_required(p):
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--only")
    p.add_argument("--after", action="store_true")


def hidden_member(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument("--shown", action="store_true")
    g.add_argument("--hidden", action="store_true", help=argparse.SUPPRESS)
    g.add_argument("--also", type=int)


def all_hidden(p):
    p.add_argument("-a", action="store_true")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--secret", help=argparse.SUPPRESS)
    p.add_argument("--later", action="store_true")


def apart(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument("--x", action="store_true")
    p.add_argument("--between", action="store_true")
    g.add_argument("--y", action="store_true")


def with_positional(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument("--all", action="store_true")
    g.add_argument("names", nargs="*", default=[])


def empty(p):
    p.add_mutually_exclusive_group()


for build in (two, one_required, hidden_member, all_hidden, apart, with_positional, empty):
    usage(build)

p = argparse.ArgumentParser(prog="pick")
g = p.add_mutually_exclusive_group()
g.add_argument("--all", action="store_true")
g.add_argument("names", nargs="*", default=[])
print(p.parse_args(["a", "b"]), p.parse_args(["--all"]))
