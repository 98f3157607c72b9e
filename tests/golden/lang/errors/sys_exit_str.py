# sys.exit with a str: printed to stderr, status 1.
import sys

print("about to fail")
sys.exit("fatal: something went wrong")
