# Option abbreviations: unique prefixes, ambiguous ones, exact matches beating prefixes,
# `=` with prefixes, and allow_abbrev=False.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="abbr")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-file")
p.add_argument("--color")
p.add_argument("--colour")
p.add_argument("--col")
for argv in (["--verb"], ["--version-f", "v.txt"], ["--version-file=x"], ["--col", "3"], ["--colo=red"] ,["--ver"], ["--c", "x"]):
    try:
        print(argv, p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)

q = argparse.ArgumentParser(prog="strict", allow_abbrev=False)
q.add_argument("--verbose", action="store_true")
q.add_argument("-count", type=int)
print(q.parse_known_args(["--verb", "--verbose"]))
print(q.parse_known_args(["-cou", "3"]))
try:
    q.parse_args(["--verb"])
except SystemExit as e:
    print("exit", e.code)
