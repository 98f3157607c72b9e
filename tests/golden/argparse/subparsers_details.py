# Subparsers: a titled group with a description, metavar, help=SUPPRESS commands, parsers
# without help, required without dest, parse_known_args through a subcommand, defaults of
# the sub-parser overriding the parent's, and errors from inside a subcommand.
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"
sys.stderr = sys.stdout
top = argparse.ArgumentParser(prog="vcs")
top.add_argument("--repo", default=".")
top.set_defaults(depth=1)
cmds = top.add_subparsers(title="subcommands", description="valid subcommands", help="additional help")
clone = cmds.add_parser("clone", help="copy a repository", description="Clone a repository into a new directory.")
clone.add_argument("url")
clone.add_argument("--depth", type=int)
log = cmds.add_parser("log", aliases=["lg"], help="show history")
log.add_argument("-n", type=int, default=10)
cmds.add_parser("gc")
top.print_help()
print(top.parse_args(["clone", "http://x"]))
print(top.parse_args(["--repo", "r", "lg", "-n", "3"]))
print(top.parse_args(["gc"]))
print(top.parse_args([]))
print(top.parse_known_args(["log", "--unknown", "-n", "2", "tail"]))
clone.print_help()
for argv in (["clone"], ["clone", "u", "--depth", "deep"], ["blame"], ["log", "-n"]):
    try:
        top.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

req = argparse.ArgumentParser(prog="req")
sub = req.add_subparsers(required=True)
sub.add_parser("start")
sub.add_parser("stop")
req.print_usage()
try:
    req.parse_args([])
except SystemExit as e:
    print("exit", e.code)
try:
    req.add_subparsers()
except SystemExit as e:
    print("exit", e.code)

pos = argparse.ArgumentParser(prog="pos")
pos.add_argument("target")
pos.add_argument("--flag", action="store_true")
ps = pos.add_subparsers(dest="action", metavar="ACTION")
run = ps.add_parser("run", help="run it")
print(run.prog)
run.print_usage()
print(pos.parse_args(["t", "run"]))
