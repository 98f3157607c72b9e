# An error the program does not catch: usage and message on stderr, exit status 2.
import argparse

p = argparse.ArgumentParser(prog="strict")
p.add_argument("--count", type=int, required=True)
print("parsing")
p.parse_args(["--count", "many"])
print("not reached")
