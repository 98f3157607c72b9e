# Python 2 code that still writes `print >> stream, message`.
import sys


def log(msg):
    print >> sys.stderr, msg


try:
    log("starting")
except TypeError as e:
    print("TypeError:", e)
try:
    print >> 3
except TypeError as e:
    print("TypeError:", e)
try:
    len >> 3
except TypeError as e:
    print("TypeError:", e)
print(print >> sys.stdout if False else "done")
