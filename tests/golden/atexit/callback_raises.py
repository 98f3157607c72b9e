import atexit
import sys


def fine():
    print("fine ran")


def broken():
    raise ValueError("broken callback")


def exits():
    sys.exit(5)


atexit.register(fine)
atexit.register(broken)
atexit.register(exits)
print("done")
