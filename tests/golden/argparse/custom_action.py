# Custom Action subclasses: one that parses key=value pairs into a dict, one that checks a range
# and one that records the option string it was called with.
import argparse
import sys

sys.stderr = sys.stdout


class KeyValue(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is None:
            nargs = "+"
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        table = dict(getattr(namespace, self.dest) or {})
        for item in values:
            if "=" not in item:
                raise argparse.ArgumentError(self, "expected KEY=VALUE, got %r" % item)
            key, value = item.split("=", 1)
            table[key] = value
        setattr(namespace, self.dest, table)


class Remember(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (option_string, values))


class Percent(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        if not 0 <= values <= 100:
            parser.error("%s must be within 0..100, not %d" % (option_string, values))
        setattr(namespace, self.dest, values)


p = argparse.ArgumentParser(prog="cfg")
p.add_argument("-D", "--define", action=KeyValue, metavar="KEY=VALUE", help="set variables")
p.add_argument("-n", "--name", action=Remember)
p.add_argument("--quality", type=int, action=Percent, default=90)
act = p.add_argument("--flag", action=Remember, nargs=0)
print(type(act).__name__, act.option_strings, act.dest, act.nargs)
print(p.parse_args(["-D", "a=1", "b=2", "--define", "a=3", "--name", "x", "--quality", "55"]))
print(p.parse_args(["-nfoo", "--flag"]))
p.print_help()
for argv in (["-D", "broken"], ["--quality", "120"], ["--quality", "q"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
