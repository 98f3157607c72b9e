# exit_on_error=False: ArgumentError reaches the caller with its argument_name and message;
# what still exits; ArgumentTypeError from a type; ArgumentError's str without an argument.
import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="safe", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--pick", choices=["x", "y"])
p.add_argument("--two", nargs=2)
for argv in (["--n", "q"], ["--pick", "z"], ["--two", "a"]):
    try:
        p.parse_args(argv)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e.argument_name, "|", e.message, "|", e)
for argv in (["--unknown"], ["--n"]):
    try:
        p.parse_args(argv)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
    except SystemExit as e:
        print("exit", e.code)
e = argparse.ArgumentError(None, "plain message")
print(str(e), e.argument_name, isinstance(e, Exception))
print(issubclass(argparse.ArgumentTypeError, Exception))
