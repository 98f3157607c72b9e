# Subcommands with set_defaults(func=...), aliases, and their own help and errors.
import argparse
import sys

sys.stderr = sys.stdout


def cmd_add(args):
    return f"add {args.name} x{args.count}"


def cmd_remove(args):
    return f"remove {args.name} force={args.force}"


parser = argparse.ArgumentParser(prog="inv", description="Inventory tool.")
parser.add_argument("--db", default="inv.db")
subs = parser.add_subparsers(title="commands", dest="command", required=True)
add = subs.add_parser("add", aliases=["a"], help="add an item")
add.add_argument("name")
add.add_argument("-n", "--count", type=int, default=1)
add.set_defaults(func=cmd_add)
rm = subs.add_parser("remove", help="remove an item")
rm.add_argument("name")
rm.add_argument("--force", action="store_true")
rm.set_defaults(func=cmd_remove)

for argv in [["add", "apple", "-n", "3"], ["a", "pear"], ["--db", "x.db", "remove", "plum", "--force"]]:
    args = parser.parse_args(argv)
    print(args.command, args.db, args.func(args))
for argv in [[], ["sell"], ["add"], ["remove", "x", "--bad"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("->", e.code)
parser.print_help()
add.print_help()
