# exit_on_error=False: argument errors are raised as ArgumentError for the program to handle.
import argparse

p = argparse.ArgumentParser(prog="p", exit_on_error=False)
p.add_argument("--n", type=int)
try:
    p.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("caught:", e, "|", e.argument_name, "|", e.message)
print(p.parse_args(["--n", "4"]))
