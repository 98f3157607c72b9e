# What argparse objects print as: the parser, each kind of action, FileType, the formatter
# classes, and the action a subcommand group returns.
import argparse

p = argparse.ArgumentParser(prog="r", description="d", formatter_class=argparse.RawTextHelpFormatter)
print(p)
for kwargs in ({"action": "store_true"}, {"action": "count"}, {"action": "append", "type": int},
               {"action": "store_const", "const": 7}, {"action": "extend", "nargs": "+"},
               {"action": argparse.BooleanOptionalAction, "default": True},
               {"choices": ["a", "b"], "metavar": "AB", "help": "pick"}):
    action = p.add_argument("--opt%d" % len(p._actions), **kwargs)
    print(action)
print(p.add_argument("pos", nargs="?"))
print(p.add_argument("--version", action="version", version="1"))
sub = p.add_subparsers(dest="cmd")
print(type(sub).__name__, sub.dest, sub.choices)
child = sub.add_parser("go", help="go on")
print(child, sub.choices)
print(argparse.FileType(), argparse.FileType("a", encoding="latin-1", errors="strict"))
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    print(cls, cls.__module__, cls.__name__)
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
