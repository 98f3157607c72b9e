# type= functions (builtins, lambdas, FileType-free custom checks) and choices.
import argparse
import sys

sys.stderr = sys.stdout


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


p = argparse.ArgumentParser(prog="t")
p.add_argument("--n", type=positive)
p.add_argument("--ratio", type=float)
p.add_argument("--size", type=int, choices=range(1, 4))
p.add_argument("--word", type=str.upper, choices=["A", "B"])
p.add_argument("--hex", type=lambda s: int(s, 16))
print(p.parse_args(["--n", "5", "--ratio", "0.5", "--size", "2", "--word", "a", "--hex", "ff"]))
for argv in [["--n", "-3"], ["--n", "x"], ["--size", "7"], ["--word", "c"], ["--hex", "zz"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("->", e.code)
p.print_help()
