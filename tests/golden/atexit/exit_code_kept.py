import atexit
import sys

atexit.register(lambda: print("cleanup sees code 2"))
sys.exit(2)
