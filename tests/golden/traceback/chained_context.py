# Implicit chaining: an exception raised while handling another.
import sys
import traceback

def cleanup():
    raise OSError("disk full")

def work():
    try:
        raise ValueError("first")
    except ValueError:
        cleanup()

try:
    work()
except OSError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
except TypeError as e:
    print(e.__suppress_context__, type(e.__context__).__name__)
    traceback.print_exception(e, file=sys.stdout)
