# --version texts (with %(prog)s, a parser-level version, long texts refilled), exit() with and
# without a message, error() from user code, and print_usage/print_help to chosen files.
import argparse
import io
import os
import sys

os.environ["COLUMNS"] = "60"
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="tool")
p.add_argument("-V", "--version", action="version", version="%(prog)s 2.1.0 (built   with   love)")
p.add_argument("--long-version", action="version",
               version="tool version 2.1.0, a long text that goes on past the edge of the terminal so it gets wrapped")
for argv in (["-V"], ["--long-version"], ["--version", "--nonsense"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

q = argparse.ArgumentParser(prog="q")
q.version = "q 0.1"
q.add_argument("--version", action="version")
try:
    q.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)

for args in ((), (3,), (0, "bye\n"), (4, "to stderr\n")):
    try:
        q.exit(*args)
    except SystemExit as e:
        print("exit", e.code)
try:
    q.error("the sky is falling")
except SystemExit as e:
    print("exit", e.code)

buf = io.StringIO()
q.print_usage(buf)
q.print_help(file=buf)
print(repr(buf.getvalue()))
print(repr(q.format_usage()), repr(argparse.ArgumentParser(prog="e", add_help=False).format_help()))
