# A parser with positionals, options, groups, subcommands, help and errors, exercised on lists.
import argparse
p = argparse.ArgumentParser(prog="tool", description="Process some integers and files for the demo.", epilog="See the docs.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max, help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed mode")
p.add_argument("--tag", action="append")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_mutually_exclusive_group()
g.add_argument("-q", action="store_true")
g.add_argument("-l", "--loud", action="store_true")
a = p.parse_args(["1", "2", "3", "--sum", "-vv", "--tag", "x", "--tag=y"])
print(a.accumulate(a.integers), a.verbose, a.tag, a.mode)
print(a)
p.print_help()
p.print_usage()
ns, rest = p.parse_known_args(["5", "--zzz", "7"])
print(ns.integers, rest)
for bad in [[], ["x"], ["1", "--mode", "medium"], ["1", "-q", "-l"], ["1", "--tag"], ["1", "--bogus"]]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", help="sub-command help")
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.set_defaults(func=lambda a: "committed " + a.message)
pu = sp.add_parser("push", help="upload")
pu.add_argument("remote", nargs="?", default="origin")
a = sub.parse_args(["commit", "-m", "hi"])
print(a.cmd, a.func(a))
print(sub.parse_args(["push"]))
sub.print_help()
try:
    sub.parse_args(["pull"])
except SystemExit as e:
    print("exit", e.code)
try:
    sub.parse_args(["commit"])
except SystemExit as e:
    print("exit", e.code)
c.print_help()
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
