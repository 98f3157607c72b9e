# Mutually exclusive groups: optional and required, in usage and in errors.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="fmt")
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--json", action="store_true")
g.add_argument("--yaml", action="store_true")
g.add_argument("--toml", action="store_true")
v = p.add_mutually_exclusive_group()
v.add_argument("-q", "--quiet", action="store_true")
v.add_argument("-v", "--verbose", action="store_true")
p.print_usage()
print(p.parse_args(["--yaml", "-v"]))
for argv in [[], ["--json", "--yaml"], ["--toml", "-q", "-v"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("->", e.code)
p.print_help()
