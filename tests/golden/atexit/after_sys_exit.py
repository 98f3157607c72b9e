import atexit
import sys


def cleanup(code):
    print("cleanup, exiting with", code)


atexit.register(cleanup, 3)
print("about to exit")
sys.exit(3)
