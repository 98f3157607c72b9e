# parse_intermixed_args: positionals given between options, compared with parse_args, and the
# cases it refuses.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="cat")
p.add_argument("--number", "-n", action="store_true")
p.add_argument("--squeeze", "-s", action="store_true")
p.add_argument("--sep", default=",")
p.add_argument("files", nargs="*")
argv = ["a.txt", "-n", "b.txt", "--sep", ";", "c.txt", "-s"]
try:
    print(p.parse_args(argv))
except SystemExit as e:
    print("exit", e.code)
print(p.parse_intermixed_args(argv))
print(p.parse_known_intermixed_args(argv + ["--what"]))
try:
    p.parse_intermixed_args(["x", "--sep"])
except SystemExit as e:
    print("exit", e.code)

q = argparse.ArgumentParser(prog="q")
q.add_argument("first")
q.add_argument("--k", required=True)
q.add_argument("second", type=int)
print(q.parse_intermixed_args(["one", "--k", "v", "2"]))
for argv in (["one", "--k", "v"], ["one", "2"], ["one", "--k", "v", "two"]):
    try:
        q.parse_intermixed_args(argv)
    except SystemExit as e:
        print("exit", e.code)

r = argparse.ArgumentParser(prog="r")
r.add_subparsers().add_parser("go")
try:
    r.parse_intermixed_args(["go"])
except TypeError as e:
    print("TypeError:", e)
