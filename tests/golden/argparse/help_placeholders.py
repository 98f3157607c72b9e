# Placeholders in help texts: %(default)s, %(type)s, %(choices)s, %(metavar)s, %(dest)s,
# %(prog)s, %(const)s, %(nargs)s, a literal %%, and the description's %(prog)s.
import argparse
import os

os.environ["COLUMNS"] = "90"
p = argparse.ArgumentParser(prog="logview", description="%(prog)s reads logs; 100%% plain text.",
                            epilog="Run %(prog)s --help for this text (50%% off).")
p.add_argument("--level", "-l", type=str.upper, choices=["DEBUG", "INFO", "WARN"], default="INFO",
               help="minimum level, one of %(choices)s (default %(default)s, type %(type)s)")
p.add_argument("--tail", nargs="?", const=10, type=int, metavar="N",
               help="show the last %(metavar)s lines (%(const)s when N is left out); dest=%(dest)s")
p.add_argument("--width", type=int, default=80, help="wrap at %(default)d columns, 100%% of them")
p.add_argument("--fields", nargs="+", default=("time", "msg"), help="nargs=%(nargs)s default=%(default)s")
p.add_argument("--hidden-default", default=argparse.SUPPRESS, help="no default here")
p.add_argument("files", nargs="*", help="%(prog)s reads these; required=%(required)s")
p.print_help()
print(p.parse_args(["a.log", "--level", "warn", "--tail"]))
print(p.parse_args(["-ldebug", "--tail", "3", "--fields", "a", "b"]))
