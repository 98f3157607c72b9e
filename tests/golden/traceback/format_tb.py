# format_tb and print_tb: the entries without the header and exception line.
import sys
import traceback

def check(n):
    if n > 2:
        raise ValueError(n)
    check(n + 1)

try:
    check(0)
except ValueError as e:
    entries = traceback.format_tb(e.__traceback__)
    print(len(entries))
    for entry in entries:
        print(entry, end="")
    traceback.print_tb(e.__traceback__, limit=2, file=sys.stdout)
    traceback.print_tb(e.__traceback__, file=sys.stdout, limit=-1)
