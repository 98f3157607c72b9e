# Common customisations by subclassing: a formatter that shows the metavar once
# ("-o, --output FILE"), one that keeps explicit line breaks in help, a parser whose error()
# prints the help, and one that converts argument lines from a file differently.
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"
sys.stderr = sys.stdout


class CompactFormatter(argparse.HelpFormatter):
    def _format_action_invocation(self, action):
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ", ".join(action.option_strings) + " " + args


class KeepBreaks(argparse.HelpFormatter):
    def _split_lines(self, text, width):
        if text.startswith("R|"):
            return text[2:].splitlines()
        return super()._split_lines(text, width)


class HelpfulParser(argparse.ArgumentParser):
    def error(self, message):
        sys.stdout.write("error: %s\n" % message)
        self.print_help()
        sys.exit(3)


p = HelpfulParser(prog="compact", formatter_class=CompactFormatter)
p.add_argument("-o", "--output", metavar="FILE", help="where to write")
p.add_argument("-n", "--count", type=int, nargs=2, help="two numbers")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("src")
p.print_help()
try:
    p.parse_args([])
except SystemExit as e:
    print("exit", e.code)

k = argparse.ArgumentParser(prog="breaks", formatter_class=KeepBreaks)
k.add_argument("--mode", help="R|one of:\n  fast - quick\n  slow - careful")
k.add_argument("--plain", help="an ordinary help text that is long enough to be wrapped by the formatter at eighty columns")
k.print_help()


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


u = argparse.ArgumentParser(prog="up")
u.register("action", "upper", Upper)
u.register("type", "hexint", lambda s: int(s, 16))
u.add_argument("--name", action="upper")
u.add_argument("--addr", type="hexint")
print(u.parse_args(["--name", "quiet", "--addr", "ff"]))
try:
    u.parse_args(["--addr", "zz"])
except SystemExit as e:
    print("exit", e.code)
