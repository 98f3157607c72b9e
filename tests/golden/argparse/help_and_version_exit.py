# -h prints the help on stdout and exits 0; --version prints the version.
import argparse

p = argparse.ArgumentParser(prog="app", description="Does things.")
p.add_argument("--version", action="version", version="%(prog)s 2.5.1")
p.add_argument("file", help="input file")
for argv in [["-h"], ["--version"], ["--help", "x"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
