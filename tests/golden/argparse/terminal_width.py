# Where the help width comes from: COLUMNS when set (and positive), else the terminal of standard
# output, else 80 columns. os.get_terminal_size and os.terminal_size, which it relies on.
import argparse
import os

size = os.terminal_size((100, 30))
print(size, size.columns, size.lines, isinstance(size, tuple), tuple(size))
for fd in (1, 99):
    try:
        os.get_terminal_size(fd)
    except OSError as e:
        print(fd, type(e).__name__, e.errno)

parser = argparse.ArgumentParser(prog="wide", description="a description long enough to need wrapping at any of the widths tried here, " * 2)
parser.add_argument("--option", help="an option whose help is also long enough to be wrapped at the narrower widths")
for columns in (None, "0", "junk", "50", "130"):
    if columns is None:
        os.environ.pop("COLUMNS", None)
    else:
        os.environ["COLUMNS"] = columns
    print("--- COLUMNS =", columns)
    parser.print_help()
