# sys.exc_info() inside and outside except blocks, nested handlers and called functions.
import sys

def current():
    t, v, tb = sys.exc_info()
    return None if t is None else (t.__name__, str(v), tb is not None)

print(current())
try:
    raise KeyError("outer")
except KeyError:
    print(current())
    try:
        raise IndexError("inner")
    except IndexError:
        print(current())
    print(current())
print(current())

def handler():
    try:
        [][1]
    except IndexError as e:
        return sys.exc_info()[1] is e
print(handler())
print(sys.exc_info() == (None, None, None))
