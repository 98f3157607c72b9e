# BooleanOptionalAction: --x / --no-x pairs, defaults, help and usage, with short spellings.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="build")
p.add_argument("--cache", action=argparse.BooleanOptionalAction, default=True, help="use the build cache")
p.add_argument("-t", "--tests", action=argparse.BooleanOptionalAction, help="run the tests")
p.add_argument("--strip", action=argparse.BooleanOptionalAction, default=False)
p.print_help()
for argv in ([], ["--no-cache"], ["-t"], ["--no-tests", "--strip"], ["--tests", "--no-tests"], ["--no-st"]):
    print(argv, p.parse_args(argv))
try:
    p.parse_args(["--cache=yes"])
except SystemExit as e:
    print("exit", e.code)
