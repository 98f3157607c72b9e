# Mistakes in defining a parser raise at add_argument time, with CPython's messages.
import argparse

p = argparse.ArgumentParser(prog="x")
attempts = [
    lambda: p.add_argument("pos", dest="other"),
    lambda: p.add_argument("pos", required=True),
    lambda: p.add_argument("x-opt"),
    lambda: p.add_argument("--n", nargs=0),
    lambda: p.add_argument("--n", action="append", nargs=0),
    lambda: p.add_argument("--n", const=3),
    lambda: p.add_argument("--n", action="shout"),
    lambda: p.add_argument("--n", type="int"),
    lambda: p.add_argument("--n", type=argparse.FileType),
    lambda: p.add_argument("--n", nargs=2, metavar=("A", "B", "C")),
    lambda: p.add_argument("--n", nargs="many"),
    lambda: p.add_argument("-", "--"),
    lambda: p.add_argument("-h"),
    lambda: p.add_mutually_exclusive_group().add_argument("needed"),
    lambda: argparse.ArgumentParser(conflict_handler="ignore"),
]
for attempt in attempts:
    try:
        attempt()
        print("accepted")
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ":", e)
