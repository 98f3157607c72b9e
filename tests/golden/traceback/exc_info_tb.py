# The traceback of sys.exc_info() is the exception's own, and names the handling frame.
import sys
import traceback

def risky():
    raise ValueError("oops")

def caller():
    try:
        risky()
    except ValueError:
        t, v, tb = sys.exc_info()
        print(t is ValueError, v.__traceback__ is not None)
        print([f.name for f in traceback.extract_tb(tb)])
        return traceback.format_exception(t, v, tb)

print("".join(caller()), end="")
print(traceback.format_exception(None, None, None))
