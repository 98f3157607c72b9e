# A package-manager-like tool: subcommands with aliases, set_defaults(func=...), global options,
# help for the whole tool and for each command, and errors of each command.
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"
sys.stderr = sys.stdout


def cmd_install(args):
    return "install %s (upgrade=%s, index=%s)" % (", ".join(args.packages), args.upgrade, args.index_url)


def cmd_remove(args):
    return "remove %s yes=%s" % (args.packages, args.yes)


def cmd_list(args):
    return "list format=%s outdated=%s" % (args.format, args.outdated)


parser = argparse.ArgumentParser(prog="pkg", description="A small package manager.")
parser.add_argument("-v", "--verbose", action="count", default=0, help="give more output")
parser.add_argument("--root", metavar="DIR", default="/usr/local", help="install root (default: %(default)s)")
sub = parser.add_subparsers(title="commands", dest="command", required=True, metavar="COMMAND")

p = sub.add_parser("install", aliases=["i", "add"], help="install packages")
p.add_argument("packages", nargs="+", metavar="PACKAGE")
p.add_argument("-U", "--upgrade", action="store_true", help="upgrade if already installed")
p.add_argument("-i", "--index-url", default="https://example.org/simple", help="base URL of the index")
p.set_defaults(func=cmd_install)

p = sub.add_parser("remove", aliases=["rm"], help="remove packages")
p.add_argument("packages", nargs="*")
p.add_argument("-y", "--yes", action="store_true", help="do not ask")
p.set_defaults(func=cmd_remove)

p = sub.add_parser("list", help="list installed packages")
p.add_argument("--format", choices=["columns", "json", "freeze"], default="columns")
p.add_argument("-o", "--outdated", action="store_true")
p.set_defaults(func=cmd_list)

for argv in (
    ["install", "requests", "flask", "-U"],
    ["-vv", "i", "numpy", "--index-url", "http://local/"],
    ["add", "x"],
    ["rm", "-y", "a", "b"],
    ["remove"],
    ["--root=/opt", "list", "--format", "json", "-o"],
    ["list", "--format=freeze"],
):
    args = parser.parse_args(argv)
    print(args.command, args.verbose, args.root, "->", args.func(args))

for argv in (["--help"], ["install", "--help"], ["rm", "-h"]):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

for argv in ([], ["frobnicate"], ["install"], ["list", "--format", "xml"], ["-v", "list", "extra"], ["install", "a", "--bogus"]):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
