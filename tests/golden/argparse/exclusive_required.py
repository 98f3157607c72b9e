# Required mutually exclusive groups, groups inside argument groups, and the usage they draw.
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="sync")
mode = p.add_mutually_exclusive_group(required=True)
mode.add_argument("--push", action="store_true", help="send local changes")
mode.add_argument("--pull", action="store_true", help="fetch remote changes")
mode.add_argument("--diff", metavar="PATH", help="only show differences")
net = p.add_argument_group("network")
level = net.add_mutually_exclusive_group()
level.add_argument("-4", dest="ipv", action="store_const", const=4)
level.add_argument("-6", dest="ipv", action="store_const", const=6)
net.add_argument("--timeout", type=int, default=10)
one = p.add_mutually_exclusive_group(required=True)
one.add_argument("--target")
p.add_argument("remote")
p.print_help()
for argv in (["--push", "--target", "t", "origin"], ["--diff", "a/b", "--target=t", "-6", "r"]):
    print(p.parse_args(argv))
for argv in (["origin", "--target", "t"], ["--push", "--pull", "--target", "t", "r"], ["--push", "r"],
             ["--pull", "-4", "-6", "--target", "t", "r"], ["--push", "--diff", "x", "--target", "t", "r"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
