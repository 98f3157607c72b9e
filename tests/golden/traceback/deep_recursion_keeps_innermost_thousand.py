# A runaway recursion's traceback: the interpreter prints the innermost 1,000 entries of it
# (sys.tracebacklimit's default), the repeated line counted once.
import sys

sys.setrecursionlimit(5000)


def walk(tree, depth):
    if depth == 0:
        return tree["leaf"]
    return walk(tree, depth - 1)


def lookup(depth):
    return walk({"node": 1}, depth)


try:
    lookup(1500)
except KeyError as e:
    print("caught", repr(e))

lookup(1500)
